import "server-only";
import { closeDb } from "@/lib/db";
import { stopBackgroundJobs } from "@/lib/jobs/background";

/**
 * Where the web server process finds `shutDown`: scripts/lib/portal-server.mjs is plain JavaScript outside the
 * Next.js bundle and cannot import it, so instrumentation.ts puts it on globalThis under this key.
 */
export const SHUTDOWN_HOOK = Symbol.for("klantenportaal.shutdown");

/** The end of a process: the periodic work stops (a delivery round in progress finishes), then the database closes. */
export async function shutDown(): Promise<void> {
  await stopBackgroundJobs();
  await closeDb();
}

export function exposeShutdownHook(): void {
  (globalThis as Record<symbol, unknown>)[SHUTDOWN_HOOK] = shutDown;
}
