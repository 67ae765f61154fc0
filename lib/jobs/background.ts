import "server-only";
import { getDb } from "@/lib/db";
import { log } from "@/lib/log";
import { deliverAllDue } from "@/lib/notify/delivery-loop";
import { cleanUpAbandonedUploads } from "@/lib/uploads/cleanup";
import { startPeriodicJob, stopPeriodicJobs } from "./periodic";
import { pruneExpiredRows } from "./pruning";

const SECOND = 1_000;
const HOUR = 60 * 60 * SECOND;

/**
 * The portal's periodic work: delivering queued e-mail and SMS (every few seconds), removing abandoned uploads
 * and forgetting old rate-limit counters and ended sessions (hourly). Inside `npm start` unless PORTAL_WORKER=off; in
 * `npm run worker` with `keepAlive`, so the timers themselves keep that process running. Any number of processes
 * may run these against one PostgreSQL: each outbox row is claimed by one of them.
 */
export function startBackgroundJobs({ keepAlive = false }: { keepAlive?: boolean } = {}): void {
  startPeriodicJob("outbox_delivery", { everyMs: 5 * SECOND, firstAfterMs: 5 * SECOND, keepAlive }, async () =>
    deliverAllDue(await getDb()),
  );
  startPeriodicJob("upload_cleanup", { everyMs: HOUR, firstAfterMs: 60 * SECOND, keepAlive }, async () => {
    const removed = await cleanUpAbandonedUploads(await getDb());
    if (removed > 0) log.info({ event: "uploads.cleaned", removed }, "removed abandoned uploads");
  });
  startPeriodicJob("row_pruning", { everyMs: HOUR, firstAfterMs: SECOND, keepAlive }, async () => pruneExpiredRows(await getDb()));
}

/** Ends the periodic work, letting a round in progress finish (for a clean stop on SIGTERM). */
export const stopBackgroundJobs = stopPeriodicJobs;
