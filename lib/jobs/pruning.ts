import "server-only";
import type { Executor } from "@/db/client";
import { getDb } from "@/lib/db";
import { pruneRateLimits } from "@/lib/auth/rate-limit";

/** The longest window any limit counts over is a day (SMS per account and number); keep twice that. */
export const RATE_LIMIT_RETENTION_MS = 2 * 24 * 60 * 60 * 1000;

const intervalMs = 60 * 60 * 1000;
const globalForLoop = globalThis as unknown as { portalRateLimitPruning?: NodeJS.Timeout };

/** Deletes the counters of windows that started more than two days before `now`. */
export async function pruneExpiredRateLimits(db: Executor, now = new Date()): Promise<void> {
  await pruneRateLimits(db, new Date(now.getTime() - RATE_LIMIT_RETENTION_MS));
}

/** Runs the pruning shortly after start, then every hour (in the web server or in `npm run worker`). */
export function startRateLimitPruningLoop({ keepAlive = false }: { keepAlive?: boolean } = {}): void {
  if (globalForLoop.portalRateLimitPruning) return;
  const run = () =>
    getDb()
      .then((db) => pruneExpiredRateLimits(db))
      .catch((error: unknown) => console.error("Pruning rate-limit counters failed", error));
  setTimeout(run, 1_000).unref();
  globalForLoop.portalRateLimitPruning = setInterval(run, intervalMs);
  if (!keepAlive) globalForLoop.portalRateLimitPruning.unref();
}
