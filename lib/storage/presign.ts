// Presigned URLs: the browser moves the bytes straight to and from the store, the portal only signs.
// Uploads are signed per file after checkDeclaredFile; downloads per request after the access check [5.4.x].
// Never store or e-mail these URLs (docs/security-requirements.md 5.4.x).
import { GetObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { getStorage, type Storage } from "./client";
import { contentDisposition } from "./content-disposition";
import { FILE_RULES, MAX_FILE_BYTES } from "./file-types";
import { parseObjectKey } from "./keys";
import { isPreviewable } from "./preview";

export const UPLOAD_URL_SECONDS = 5 * 60;
export const DOWNLOAD_URL_SECONDS = 60;

export type PresignOptions = {
  storage?: Storage;
  /** Overrides the policy's lifetime; tests use it to see expiry enforced. */
  expiresInSeconds?: number;
};

export type PresignedUpload = {
  url: string;
  method: "PUT";
  /** Headers the browser must send exactly; Content-Length follows from the body itself. */
  headers: Record<string, string>;
  expiresAt: Date;
};

export type PresignedDownload = { url: string; expiresAt: Date };

const ALLOWED_CONTENT_TYPES = new Set(Object.values(FILE_RULES).map((rule) => rule.contentType));

/**
 * A PUT URL for exactly this key, content type and size. Type and length are signed headers, so S3/MinIO
 * refuse a different type or a body of another size; s3rver does not check signatures, which is why
 * verifyUploadedObject runs after every upload.
 */
export async function presignUpload(
  input: { key: string; contentType: string; size: number },
  options: PresignOptions = {},
): Promise<PresignedUpload> {
  if (!parseObjectKey(input.key)) throw new Error("presignUpload: key was not built by lib/storage/keys");
  if (!ALLOWED_CONTENT_TYPES.has(input.contentType)) throw new Error("presignUpload: content type not allowed");
  if (!Number.isSafeInteger(input.size) || input.size <= 0 || input.size > MAX_FILE_BYTES) {
    throw new Error("presignUpload: size out of range");
  }
  const storage = options.storage ?? getStorage();
  const expiresIn = options.expiresInSeconds ?? UPLOAD_URL_SECONDS;
  const signingDate = new Date();
  const command = new PutObjectCommand({
    Bucket: storage.bucket,
    Key: input.key,
    ContentType: input.contentType,
    ContentLength: input.size,
  });
  const url = await getSignedUrl(storage.presigner, command, {
    expiresIn,
    signingDate,
    // The presigner leaves content-type unsigned by default; naming both binds them into the signature.
    signableHeaders: new Set(["content-type", "content-length"]),
  });
  return {
    url,
    method: "PUT",
    headers: { "Content-Type": input.contentType },
    expiresAt: new Date(signingDate.getTime() + expiresIn * 1000),
  };
}

type StoredFile = { key: string; fileName: string; contentType: string };

/**
 * A GET URL that makes the browser save (never render) the file under its original name, with the content
 * type from the database whatever the object's own metadata says [3.2.1].
 */
export async function presignDownload(input: StoredFile, options: PresignOptions = {}): Promise<PresignedDownload> {
  return presignGet(input, "attachment", options);
}

/**
 * A GET URL that lets the browser show the file itself ("Bekijken"), on the storage's own origin, never the
 * portal's. Only for previewable types (./preview.ts), served with the type from the database.
 */
export async function presignView(input: StoredFile, options: PresignOptions = {}): Promise<PresignedDownload> {
  if (!isPreviewable(input.contentType)) throw new Error("presignView: content type cannot be shown inline");
  return presignGet(input, "inline", options);
}

async function presignGet(input: StoredFile, disposition: "attachment" | "inline", options: PresignOptions): Promise<PresignedDownload> {
  if (!parseObjectKey(input.key)) throw new Error("presign: key was not built by lib/storage/keys");
  const storage = options.storage ?? getStorage();
  const expiresIn = options.expiresInSeconds ?? DOWNLOAD_URL_SECONDS;
  const signingDate = new Date();
  const command = new GetObjectCommand({
    Bucket: storage.bucket,
    Key: input.key,
    ResponseContentDisposition: contentDisposition(input.fileName, disposition),
    ResponseContentType: input.contentType,
  });
  const url = await getSignedUrl(storage.presigner, command, { expiresIn, signingDate });
  return { url, expiresAt: new Date(signingDate.getTime() + expiresIn * 1000) };
}
