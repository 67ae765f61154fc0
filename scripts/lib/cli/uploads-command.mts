import type { Database } from "../../../db/client";
import { getConfig } from "../../../lib/config";
import { cleanUpAbandonedUploads } from "../../../lib/uploads/cleanup";
import { startStorage } from "../prepare.mts";

/**
 * `uploads:cleanup`: the clean-up the server runs every hour, once, now. With the embedded S3 server (demo) the
 * command starts it itself when the portal is not running; otherwise the store is the configured S3.
 */
export async function cleanUploads(db: Database): Promise<string> {
  const embedded = await startStorage(getConfig()).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "EADDRINUSE") return null; // the portal's own embedded server is up: use that one
    throw error;
  });
  try {
    const removed = await cleanUpAbandonedUploads(db);
    return `Removed ${removed} abandoned upload(s) (pending or verified, never sent, older than 24 hours).`;
  } finally {
    await embedded?.close();
  }
}
