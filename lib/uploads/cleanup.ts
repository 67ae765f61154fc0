import "server-only";
import { and, asc, inArray, lt } from "drizzle-orm";
import type { Database } from "@/db/client";
import { uploads } from "@/db/schema";
import type { Storage } from "@/lib/storage/client";
import { removeStoredUpload } from "./uploads";

/** Uploads that were never sent with a message (or published) are removed this long after they began. */
export const ABANDONED_UPLOAD_AGE_MS = 24 * 60 * 60 * 1000;
const BATCH = 200;

/**
 * Deletes uploads still pending or verified (never attached) that began more than 24 hours before `now`: the row
 * first (only while it is still unattached, so an attach racing this one wins), then the object. Works in
 * batches until none are left; returns how many went. An object that cannot be deleted is logged and its row
 * stays gone: the key is made of ids only and nothing points at it any more.
 */
export async function cleanUpAbandonedUploads(db: Database, options: { now?: Date; storage?: Storage } = {}): Promise<number> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - ABANDONED_UPLOAD_AGE_MS);
  const unattached = inArray(uploads.status, ["pending", "verified"]);
  let removed = 0;
  for (;;) {
    const batch = await db
      .select({ id: uploads.id })
      .from(uploads)
      .where(and(unattached, lt(uploads.createdAt, cutoff)))
      .orderBy(asc(uploads.createdAt))
      .limit(BATCH);
    if (batch.length === 0) return removed;
    const deleted = await db
      .delete(uploads)
      .where(and(inArray(uploads.id, batch.map((row) => row.id)), unattached))
      .returning({ storageKey: uploads.storageKey, multipartId: uploads.multipartId });
    for (const upload of deleted) {
      try {
        await removeStoredUpload(upload, options.storage);
      } catch (error) {
        console.error("Could not delete an abandoned upload's object", { storageKey: upload.storageKey, error });
      }
    }
    removed += deleted.length;
    if (batch.length < BATCH) return removed;
  }
}
