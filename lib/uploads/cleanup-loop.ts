import "server-only";
import { getDb } from "@/lib/db";
import { cleanUpAbandonedUploads } from "./cleanup";

const intervalMs = 60 * 60 * 1000;
const globalForLoop = globalThis as unknown as { portalUploadCleanup?: NodeJS.Timeout };

/** Runs the abandoned-upload clean-up inside the web server: shortly after start, then every hour. */
export function startUploadCleanupLoop({ keepAlive = false }: { keepAlive?: boolean } = {}): void {
  if (globalForLoop.portalUploadCleanup) return;
  const run = () =>
    getDb()
      .then((db) => cleanUpAbandonedUploads(db))
      .then((removed) => {
        if (removed > 0) console.info(`Removed ${removed} abandoned upload(s)`);
      })
      .catch((error: unknown) => console.error("Upload clean-up failed", error));
  setTimeout(run, 60_000).unref();
  globalForLoop.portalUploadCleanup = setInterval(run, intervalMs);
  if (!keepAlive) globalForLoop.portalUploadCleanup.unref();
}
