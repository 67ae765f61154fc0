import "server-only";
import type { Storage } from "@/lib/storage/client";
import { objectKeyFor, officeObjectKey } from "@/lib/storage/keys";
import { abortMultipartUpload } from "@/lib/storage/multipart";
import { deleteObject } from "@/lib/storage/objects";

// The two objects of an upload. The browser only ever gets URLs for the staging key; verification copies the
// staging object to the storage key, and only that copy is verified, attached and served (docs/authorization.md).
// A file sent in parts has one key: its parts go to the storage key, and completing the multipart upload (done by
// the server) ends what any part URL can write.

/** A new key for an upload's target, shaped by lib/storage/keys.ts: in the dossier, or office-wide (no dossier). */
export function newUploadKey(target: { officeId: string; dossierId: string | null }): string {
  return target.dossierId === null
    ? officeObjectKey({ officeId: target.officeId })
    : objectKeyFor({ officeId: target.officeId, dossierId: target.dossierId });
}

type StoredUpload = { storageKey: string; stagingKey: string | null; multipartId: string | null };

/** A file sent in parts: its staging key is its storage key, so there is no separate staging object to copy or delete. */
export function writtenInPlace(upload: Pick<StoredUpload, "storageKey" | "stagingKey">): boolean {
  return upload.stagingKey === upload.storageKey;
}

/**
 * What the browser can write: the parts of an unfinished multipart upload and the staging object (when it is
 * not the storage key itself, which removeStoredUpload deletes).
 */
export async function removeStagingObject(upload: StoredUpload, storage?: Storage): Promise<void> {
  if (upload.multipartId) await abortMultipartUpload(upload.stagingKey ?? upload.storageKey, upload.multipartId, storage);
  if (upload.stagingKey && !writtenInPlace(upload)) await deleteObject(upload.stagingKey, storage);
}

/** Everything of an upload in the store: the staging object (and any parts), and the verified object. */
export async function removeStoredUpload(upload: StoredUpload, storage?: Storage): Promise<void> {
  await removeStagingObject(upload, storage);
  await deleteObject(upload.storageKey, storage);
}
