import "server-only";
import type { Executor } from "@/db/client";
import { getDb } from "@/lib/db";
import { pruneEndedSessions } from "@/lib/auth/ended-sessions";
import { pruneRateLimits } from "@/lib/auth/rate-limit";

/** The longest window any limit counts over is a day (SMS per account and number); keep twice that. */
export const RATE_LIMIT_RETENTION_MS = 2 * 24 * 60 * 60 * 1000;

const intervalMs = 60 * 60 * 1000;
const globalForLoop = globalThis as unknown as { portalPruning?: NodeJS.Timeout };

/**
 * Forgets rows that no longer decide anything: rate-limit counters of windows that started more than two days
 * before `now`, and ended sessions whose cookies would have expired by now anyway.
 */
export async function pruneExpiredRows(db: Executor, now = new Date()): Promise<void> {
  await pruneRateLimits(db, new Date(now.getTime() - RATE_LIMIT_RETENTION_MS));
  await pruneEndedSessions(db, now);
}

/** Runs the pruning shortly after start, then every hour (in the web server or in `npm run worker`). */
export function startPruningLoop({ keepAlive = false }: { keepAlive?: boolean } = {}): void {
  if (globalForLoop.portalPruning) return;
  const run = () =>
    getDb()
      .then((db) => pruneExpiredRows(db))
      .catch((error: unknown) => console.error("Pruning expired rows failed", error));
  setTimeout(run, 1_000).unref();
  globalForLoop.portalPruning = setInterval(run, intervalMs);
  if (!keepAlive) globalForLoop.portalPruning.unref();
}
