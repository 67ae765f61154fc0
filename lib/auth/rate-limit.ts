import "server-only";
import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { rateLimits } from "@/db/schema";

export type Window = { limit: number; windowMs: number };

function windowStart(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/**
 * Counts one event for `key` in its fixed time window (shared by every app instance: the counter lives in
 * PostgreSQL) and says whether the limit is still respected, the event included.
 */
export async function hit(db: Executor, key: string, window: Window, now = new Date()): Promise<{ allowed: boolean; count: number }> {
  const start = windowStart(now, window.windowMs);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart: start, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count });
  const count = row?.count ?? 1;
  return { allowed: count <= window.limit, count };
}

/** How many events `key` has in its current window, without counting one. */
export async function countInWindow(db: Executor, key: string, window: Window, now = new Date()): Promise<number> {
  const [row] = await db
    .select({ count: rateLimits.count })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowStart(now, window.windowMs))))
    .limit(1);
  return row?.count ?? 0;
}

/** Counts of all windows of `key` that started after `since` (for limits over several windows, e.g. a day). */
export async function countSince(db: Executor, key: string, since: Date): Promise<number> {
  const rows = await db
    .select({ count: rateLimits.count })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), gt(rateLimits.windowStart, since)));
  return rows.reduce((sum, row) => sum + row.count, 0);
}

/** Forgets a key (e.g. failed logins after a successful one). */
export async function resetKey(db: Executor, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

/** Drops windows that ended long ago; run from a periodic job. */
export async function pruneRateLimits(db: Executor, olderThan: Date): Promise<void> {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, olderThan));
}
