// Multipart uploads for large files [5.2.x]: the portal starts and finishes them, the browser sends each part
// straight to the store with a presigned URL, so a phone on a slow link only resends the part that failed.
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  UploadPartCommand,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { getStorage, type Storage } from "./client";
import { parseObjectKey } from "./keys";
import { UPLOAD_URL_SECONDS } from "./presign";

/** Files of this size and up go in parts (the 50 MB); each part but the last is PART_BYTES long. */
export const MULTIPART_THRESHOLD_BYTES = 50 * 1024 * 1024;
export const PART_BYTES = 10 * 1024 * 1024;

export function partCount(size: number): number {
  return Math.ceil(size / PART_BYTES);
}

/** The exact length of part `partNumber` (1-based) of a file of `size` bytes. */
export function partLength(size: number, partNumber: number): number {
  return partNumber < partCount(size) ? PART_BYTES : size - (partCount(size) - 1) * PART_BYTES;
}

function checkedKey(key: string): string {
  if (!parseObjectKey(key)) throw new Error("multipart: key was not built by lib/storage/keys");
  return key;
}

export async function createMultipartUpload(key: string, contentType: string, storage: Storage = getStorage()): Promise<string> {
  const created = await storage.s3.send(
    new CreateMultipartUploadCommand({ Bucket: storage.bucket, Key: checkedKey(key), ContentType: contentType }),
  );
  if (!created.UploadId) throw new Error("multipart: the store returned no upload id");
  return created.UploadId;
}

/** A PUT URL for one part, with its length signed (MinIO/S3 refuse another length). */
export async function presignPart(
  input: { key: string; multipartId: string; partNumber: number; length: number },
  storage: Storage = getStorage(),
): Promise<string> {
  const command = new UploadPartCommand({
    Bucket: storage.bucket,
    Key: checkedKey(input.key),
    UploadId: input.multipartId,
    PartNumber: input.partNumber,
    ContentLength: input.length,
  });
  return getSignedUrl(storage.presigner, command, { expiresIn: UPLOAD_URL_SECONDS, signableHeaders: new Set(["content-length"]) });
}

export async function completeMultipartUpload(
  input: { key: string; multipartId: string; parts: { partNumber: number; etag: string }[] },
  storage: Storage = getStorage(),
): Promise<void> {
  await storage.s3.send(
    new CompleteMultipartUploadCommand({
      Bucket: storage.bucket,
      Key: checkedKey(input.key),
      UploadId: input.multipartId,
      MultipartUpload: { Parts: input.parts.map((part) => ({ PartNumber: part.partNumber, ETag: part.etag })) },
    }),
  );
}

// One that is already gone is no error; nor is a store that cannot abort at all (the embedded s3rver answers
// MethodNotAllowed: its parts stay in the demo's data folder; MinIO and S3 abort).
const NOTHING_TO_ABORT = new Set(["NoSuchUpload", "MethodNotAllowed", "NotImplemented"]);

/** Drops the parts of an unfinished multipart upload. */
export async function abortMultipartUpload(key: string, multipartId: string, storage: Storage = getStorage()): Promise<void> {
  try {
    await storage.s3.send(new AbortMultipartUploadCommand({ Bucket: storage.bucket, Key: checkedKey(key), UploadId: multipartId }));
  } catch (error) {
    if (!NOTHING_TO_ABORT.has((error as { name?: string }).name ?? "")) throw error;
  }
}
