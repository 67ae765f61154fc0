import "server-only";
import { getDb } from "@/lib/db";
import { and, asc, eq, inArray, lte, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { outbox } from "@/db/schema";
import { getConfig } from "@/lib/config";
import { log, redactContact, type Logger } from "@/lib/log";
import { DeliveryError, describeFailure, type Driver } from "./driver-contract";
import { driverFor, type NotifyConfig } from "./drivers";
import { retryDelayMs } from "./retry-schedule";
import { isNoticeStale } from "./client-notices";

// A claimed row is hidden from other runs for this long; longer than a driver's 15 s timeout, so only a crashed
// run lets it come back (and Resend's idempotency key then keeps the retry from mailing twice).
const claimMs = 2 * 60_000;

/** An interval literal from one of the constants above (never from input). */
const after = (ms: number) => sql.raw(`interval '${Math.trunc(ms)} milliseconds'`);

export type DeliveryResult = { sent: number; failed: number; dropped: number };

/**
 * Sends due outbox rows through their channel's driver, oldest first; drops a client notice whose items were all
 * opened meanwhile (./client-notices.ts). Safe to run from several app servers at
 * once: each row is claimed by a conditional update before it is sent, and marked only while still pending.
 */
export async function deliverPending(
  db: Database,
  options: { config?: NotifyConfig; limit?: number; now?: Date; channel?: "email" | "sms"; logger?: Logger } = {},
): Promise<DeliveryResult> {
  const config = options.config ?? getConfig();
  const logger = options.logger ?? log;
  // The database's clock by default: row times are written by it, at microsecond precision, and app servers'
  // clocks may drift from it. Tests pass an explicit time.
  const now = options.now ? sql`${options.now.toISOString()}::timestamptz` : sql`now()`;
  const claimed = await claimDue(db, now, options.limit ?? 20, options.channel);
  const drivers = new Map<string, Driver>();
  const result: DeliveryResult = { sent: 0, failed: 0, dropped: 0 };

  for (const row of claimed) {
    let driver = drivers.get(row.channel);
    if (!driver) drivers.set(row.channel, (driver = driverFor(row.channel, config)));
    const attempt = row.attempts + 1;
    const about = { event: "outbox.attempt", outboxId: row.id, channel: row.channel, template: row.template, attempt };
    // A client who opened everything a notice announces needs no e-mail about it any more.
    if (await isNoticeStale(db, row)) {
      const dropped = await db
        .delete(outbox)
        .where(and(eq(outbox.id, row.id), eq(outbox.status, "pending")))
        .returning({ id: outbox.id });
      if (dropped.length > 0) result.dropped += 1;
      logger.info({ ...about, outcome: "dropped" }, "outbox delivery");
      continue;
    }
    try {
      const { providerId } = await driver.send(row);
      const marked = await db
        .update(outbox)
        .set({ status: "sent", sentAt: new Date(), providerId, error: null })
        .where(and(eq(outbox.id, row.id), eq(outbox.status, "pending")))
        .returning({ id: outbox.id });
      if (marked.length > 0) result.sent += 1;
      logger.info({ ...about, outcome: "sent", providerId }, "outbox delivery");
    } catch (error) {
      const failure = redactContact(error instanceof DeliveryError ? error.message : describeFailure(error));
      // Backoff with jitter (./retry-schedule.ts); after the last try the row is failed, for an admin to retry.
      const delay = retryDelayMs(attempt);
      await db
        .update(outbox)
        .set({
          attempts: sql`${outbox.attempts} + 1`,
          error: failure,
          ...(delay === null ? { status: "failed" as const } : { nextAttemptAt: sql`${now} + ${after(delay)}` }),
        })
        .where(and(eq(outbox.id, row.id), eq(outbox.status, "pending")));
      logger.warn({ ...about, outcome: delay === null ? "failed" : "retry", retryInMs: delay, error: failure }, "outbox delivery");
      result.failed += 1;
    }
  }
  return result;
}

/** Pushes the due rows' next attempt past the claim window; only the run whose update wins gets each row. */
async function claimDue(db: Database, now: SQL, limit: number, channel?: "email" | "sms") {
  const due = and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now), channel ? eq(outbox.channel, channel) : undefined);
  const candidates = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(due)
    .orderBy(asc(outbox.nextAttemptAt), asc(outbox.createdAt))
    .limit(limit);
  // `due` is repeated on the update itself: PostgreSQL re-checks it against a row another run just claimed.
  const rows = await db
    .update(outbox)
    .set({ nextAttemptAt: sql`${now} + ${after(claimMs)}`, claimedAt: sql`${now}` })
    .where(and(due, inArray(outbox.id, candidates)))
    .returning({
      id: outbox.id,
      channel: outbox.channel,
      recipient: outbox.recipient,
      data: outbox.data,
      template: outbox.template,
      attempts: outbox.attempts,
      noticeFor: outbox.noticeFor,
      noticeItems: outbox.noticeItems,
      createdAt: outbox.createdAt,
    });
  return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

/**
 * SMS codes are urgent: the request that queued one delivers it right after its transaction commits, instead of
 * waiting for the next delivery round (which remains the fallback: a failure here is only logged).
 */
export async function deliverUrgentSms(): Promise<void> {
  const db = await getDb();
  try {
    await deliverPending(db, { channel: "sms", limit: 5 });
  } catch (error) {
    log.error({ event: "outbox.urgent_failed", error: describeFailure(error) }, "immediate SMS delivery failed; the delivery loop retries");
  }
}
