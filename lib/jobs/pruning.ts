import "server-only";
import type { Executor } from "@/db/client";
import { pruneEndedSessions } from "@/lib/auth/ended-sessions";
import { pruneRateLimits } from "@/lib/auth/rate-limit";

/** The longest window any limit counts over is a day (SMS per account and number); keep twice that. */
export const RATE_LIMIT_RETENTION_MS = 2 * 24 * 60 * 60 * 1000;

/**
 * Forgets rows that no longer decide anything: rate-limit counters of windows that started more than two days
 * before `now`, and ended sessions whose cookies would have expired by now anyway.
 */
export async function pruneExpiredRows(db: Executor, now = new Date()): Promise<void> {
  await pruneRateLimits(db, new Date(now.getTime() - RATE_LIMIT_RETENTION_MS));
  await pruneEndedSessions(db, now);
}
