import "server-only";
import { and, count, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { outbox } from "@/db/schema";
import type { AdminViewer } from "@/lib/core/viewer";
import { recordAudit } from "@/lib/audit/record";
import { isUuid } from "@/lib/core/ids";
import { pageOf, type Page, type PageRequest } from "@/lib/pagination";
import { UserError } from "@/lib/core/errors";

export type FailedDelivery = {
  id: string;
  channel: "email" | "sms";
  recipient: string;
  template: string;
  attempts: number;
  error: string | null;
  createdAt: Date;
};

/** The office's e-mails and SMS that gave up after their last try, newest first, for its admins only. */
export async function listFailedDeliveries({ viewer, page }: { viewer: AdminViewer; page: PageRequest }): Promise<Page<FailedDelivery>> {
  const db = await getDb();
  const where = and(eq(outbox.officeId, viewer.officeId), eq(outbox.status, "failed"));
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: outbox.id,
        channel: outbox.channel,
        recipient: outbox.recipient,
        template: outbox.template,
        attempts: outbox.attempts,
        error: outbox.error,
        createdAt: outbox.createdAt,
      })
      .from(outbox)
      .where(where)
      .orderBy(desc(outbox.createdAt), desc(outbox.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(outbox).where(where),
  ]);
  return pageOf(rows, total?.n ?? 0, page);
}

/**
 * "Opnieuw proberen": a failed row of the admin's office goes back in the queue with a fresh set of tries, due
 * at once. Anything else (another office's row, one that is not failed) is not found.
 */
export async function retryFailedDelivery({ viewer, ip, outboxId }: { viewer: AdminViewer; ip: string | null; outboxId: string }) {
  if (!isUuid(outboxId)) throw new UserError("errors.not_found");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(outbox)
      .set({ status: "pending", attempts: 0, nextAttemptAt: sql`now()`, error: null })
      .where(and(eq(outbox.id, outboxId), eq(outbox.officeId, viewer.officeId), eq(outbox.status, "failed")))
      .returning({ id: outbox.id, template: outbox.template, channel: outbox.channel });
    if (!row) throw new UserError("errors.not_found");
    await recordAudit(tx, {
      officeId: viewer.officeId,
      actorId: viewer.userId,
      action: "outbox.retry",
      subjectType: "outbox",
      subjectId: row.id,
      ip,
      data: { template: row.template, channel: row.channel },
    });
  });
}
