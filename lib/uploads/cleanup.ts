import "server-only";
import { and, asc, eq, inArray, isNotNull, lt } from "drizzle-orm";
import type { Database } from "@/db/client";
import { uploads } from "@/db/schema";
import { errorText, log } from "@/lib/log";
import type { Storage } from "@/lib/storage/client";
import { UPLOAD_URL_SECONDS } from "@/lib/storage/presign";
import { removeStagingObject, removeStoredUpload } from "./stored";

/** Uploads that were never sent with a message (or published) are removed this long after they began. */
export const ABANDONED_UPLOAD_AGE_MS = 24 * 60 * 60 * 1000;
/**
 * A staging object is removed this long after its upload began: its PUT URL (signed when the upload began) has
 * expired by then, with room for clock differences between the portal and the database.
 */
export const STAGING_OBJECT_AGE_MS = UPLOAD_URL_SECONDS * 1000 + 10 * 60 * 1000;
const BATCH = 200;

type CleanUpOptions = { now?: Date; storage?: Storage };

/**
 * The hourly clean-up of uploads (cleanup-loop.ts, `npm run worker`, `npm run portal -- uploads:cleanup`):
 * abandoned uploads (removeAbandonedUploads), then the late staging objects of completed uploads whose URLs have
 * expired (cleanUpStagingObjects). Returns how many abandoned uploads went.
 */
export async function cleanUpAbandonedUploads(db: Database, options: CleanUpOptions = {}): Promise<number> {
  const removed = await removeAbandonedUploads(db, options);
  await cleanUpStagingObjects(db, options);
  return removed;
}

/**
 * Deletes uploads still pending or verified (never attached) that began more than 24 hours before `now`: the row
 * first (only while it is still unattached, so an attach racing this one wins), then both objects. Works in
 * batches until none are left; returns how many went. An object that cannot be deleted is logged and its row
 * stays gone: the key is made of ids only and nothing points at it any more.
 */
async function removeAbandonedUploads(db: Database, options: CleanUpOptions): Promise<number> {
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
      .where(
        and(
          inArray(
            uploads.id,
            batch.map((row) => row.id),
          ),
          unattached,
        ),
      )
      .returning({ storageKey: uploads.storageKey, stagingKey: uploads.stagingKey, multipartId: uploads.multipartId });
    for (const upload of deleted) {
      try {
        await removeStoredUpload(upload, options.storage);
      } catch (error) {
        log.error(
          { event: "uploads.object_delete_failed", storageKey: upload.storageKey, error: errorText(error) },
          "could not delete an abandoned upload's object",
        );
      }
    }
    removed += deleted.length;
    if (batch.length < BATCH) return removed;
  }
}

/**
 * After `complete` the staging object is deleted, but the browser's PUT URL stays valid for a few minutes and a
 * late PUT puts a new object at the staging key (never read: only the verified copy is served). Once the URLs
 * of a verified or attached upload have expired, this deletes whatever is at its staging key (and any parts) and
 * forgets the key. An object that cannot be deleted is logged and its key kept for the next run. Returns how
 * many staging keys were cleared.
 */
export async function cleanUpStagingObjects(db: Database, options: CleanUpOptions = {}): Promise<number> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - STAGING_OBJECT_AGE_MS);
  let cleared = 0;
  for (;;) {
    const batch = await db
      .select({ id: uploads.id, storageKey: uploads.storageKey, stagingKey: uploads.stagingKey, multipartId: uploads.multipartId })
      .from(uploads)
      .where(and(isNotNull(uploads.stagingKey), inArray(uploads.status, ["verified", "attached"]), lt(uploads.createdAt, cutoff)))
      .orderBy(asc(uploads.createdAt))
      .limit(BATCH);
    const before = cleared;
    for (const upload of batch) {
      try {
        await removeStagingObject(upload, options.storage);
        await db
          .update(uploads)
          .set({ stagingKey: null })
          .where(and(eq(uploads.id, upload.id), eq(uploads.stagingKey, upload.stagingKey!)));
        cleared += 1;
      } catch (error) {
        log.error(
          { event: "uploads.staging_delete_failed", stagingKey: upload.stagingKey, error: errorText(error) },
          "could not delete a staging object",
        );
      }
    }
    // A full batch that cleared nothing (the store is down) would come back unchanged: wait for the next run.
    if (batch.length < BATCH || cleared === before) return cleared;
  }
}
