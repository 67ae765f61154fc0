// Plain object operations: put (server-side, for seeds), copy, delete, and the bucket check of the health endpoint.
import { CopyObjectCommand, DeleteObjectCommand, HeadBucketCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { getStorage, type Storage } from "./client";
import { parseObjectKey } from "./keys";

/** Server-side upload of a small object. Users' files never come this way: they go browser → store. */
export async function putObject(key: string, body: Buffer, contentType: string, storage: Storage = getStorage()): Promise<void> {
  await storage.s3.send(
    new PutObjectCommand({ Bucket: storage.bucket, Key: key, Body: body, ContentType: contentType, ContentLength: body.length }),
  );
}

/**
 * Server-side copy of one of our objects to another of our keys: the bytes never pass through the portal. The
 * copy keeps the source's content type (metadata directive COPY), so a check of the copy sees what was sent.
 * Throws the store's NoSuchKey when the source does not exist (see isNotFound).
 */
export async function copyObject(from: string, to: string, storage: Storage = getStorage()): Promise<void> {
  if (!parseObjectKey(from) || !parseObjectKey(to)) throw new Error("copyObject: keys were not built by lib/storage/keys");
  // Our keys are ids, slashes and letters only, so the copy source needs no escaping.
  await storage.s3.send(new CopyObjectCommand({ Bucket: storage.bucket, Key: to, CopySource: `${storage.bucket}/${from}` }));
}

/** Deletes an object; deleting one that does not exist is not an error (S3 semantics). */
export async function deleteObject(key: string, storage: Storage = getStorage()): Promise<void> {
  await storage.s3.send(new DeleteObjectCommand({ Bucket: storage.bucket, Key: key }));
}

/** For the health endpoint: can we reach the bucket with our credentials? Never throws. */
export async function checkStorage(storage: Storage = getStorage(), timeoutMs = 3000): Promise<boolean> {
  try {
    // A store that does not answer must not hang the health endpoint behind the SDK's retries.
    await storage.s3.send(new HeadBucketCommand({ Bucket: storage.bucket }), {
      abortSignal: AbortSignal.timeout(timeoutMs),
    });
    return true;
  } catch {
    return false;
  }
}

export function isNotFound(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return name === "NotFound" || name === "NoSuchKey" || name === "NoSuchBucket" || $metadata?.httpStatusCode === 404;
}
