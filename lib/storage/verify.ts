// The second step of an upload: before a document row is written, check that what landed in the store is
// what was signed for (size, type, magic bytes) [5.2.2]. s3rver checks no signatures, so on the embedded
// store this is the only thing that holds the limits; on S3/MinIO it also catches a lying extension. Uploads are
// checked as a server-side copy of what the browser wrote (copyAndVerify): a signature binds length and type,
// not content, so the object behind a still-valid PUT URL must never be the one that is served.
import { GetObjectCommand, HeadObjectCommand } from "@aws-sdk/client-s3";
import { getStorage, type Storage } from "./client";
import { copyObject, deleteObject, isNotFound } from "./objects";
import { essence, ruleForFileName } from "./file-types";
import { SNIFF_BYTES, sniffMatches } from "./sniff";

export type VerifyCode = "files.missing" | "files.size_mismatch" | "files.content_mismatch" | "files.type_not_allowed";
export type VerifyResult = { ok: true } | { ok: false; code: VerifyCode };

type ExpectedFile = { expectedSize: number; declaredContentType: string; fileName: string };

/**
 * Copies what the browser wrote to its staging key (`from`) to the key that will be served (`to`), then verifies
 * the copy: what passes is exactly what downloads return, whatever the browser later writes to the staging key
 * with a URL it still holds. A missing staging object is `files.missing`; a rejected copy is deleted (the caller
 * deletes the staging object).
 */
export async function copyAndVerify(
  input: ExpectedFile & { from: string; to: string },
  storage: Storage = getStorage(),
): Promise<VerifyResult> {
  try {
    await copyObject(input.from, input.to, storage);
  } catch (error) {
    if (isNotFound(error)) return { ok: false, code: "files.missing" };
    throw error;
  }
  return verifyUploadedObject({ ...input, key: input.to }, storage);
}

export async function verifyUploadedObject(input: ExpectedFile & { key: string }, storage: Storage = getStorage()): Promise<VerifyResult> {
  const result = await inspect(input, storage);
  if (!result.ok && result.code !== "files.missing") {
    // Say why and leave nothing behind: a rejected object must never become downloadable.
    await deleteObject(input.key, storage);
  }
  return result;
}

async function inspect(input: ExpectedFile & { key: string }, storage: Storage): Promise<VerifyResult> {
  const rule = ruleForFileName(input.fileName);
  if (!rule) return { ok: false, code: "files.type_not_allowed" };
  if (essence(input.declaredContentType) !== rule.contentType) return { ok: false, code: "files.content_mismatch" };

  let head;
  try {
    head = await storage.s3.send(new HeadObjectCommand({ Bucket: storage.bucket, Key: input.key }));
  } catch (error) {
    if (isNotFound(error)) return { ok: false, code: "files.missing" };
    throw error;
  }
  if (head.ContentLength !== input.expectedSize) return { ok: false, code: "files.size_mismatch" };
  // S3/MinIO enforce the signed type; s3rver stores whatever the browser sent.
  if (head.ContentType !== undefined && essence(head.ContentType) !== rule.contentType) {
    return { ok: false, code: "files.content_mismatch" };
  }

  const object = await storage.s3.send(
    new GetObjectCommand({ Bucket: storage.bucket, Key: input.key, Range: `bytes=0-${SNIFF_BYTES - 1}` }),
  );
  const sample = (await object.Body?.transformToByteArray()) ?? new Uint8Array();
  if (!(await sniffMatches(sample, rule))) return { ok: false, code: "files.content_mismatch" };
  return { ok: true };
}
