import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { documentReads, dossierClients, messageReads, offices, outbox, users } from "@/db/schema";
import { lockUntilCommit } from "@/lib/sql";
import { getConfig } from "@/lib/config";
import { officeBaseUrl } from "@/lib/offices/links";
import { renderEmail } from "./templates";

export type NoticeKind = "new_documents" | "new_message";

const PREFERENCE = { new_documents: users.notifyDocuments, new_message: users.notifyMessages } as const;

/**
 * The first notice to a client goes out this soon (so several documents published in one go are one e-mail),
 * or at once when the batching window is 0.
 */
export const FIRST_NOTICE_DELAY_SECONDS = 30;

/**
 * Tells the clients of a dossier that something new waits for them, on the caller's transaction (no commit, no
 * mail). Only clients who want this kind of notice (their Account switches) and can sign in or are invited;
 * each in their own language. `onlyClientIds` narrows it to those clients (a message whose conversation is for
 * chosen clients only: docs/authorization.md, "Message audience"); they must still be linked to the dossier.
 *
 * Timing (per client and kind): the first notice goes out within FIRST_NOTICE_DELAY_SECONDS. What follows while
 * a notice waits joins it; what follows once one went out joins one follow-up, sent a batching window
 * (NOTIFY_BATCH_SECONDS) after the previous one: at most one e-mail per window, counting the items, never naming
 * them. A notice whose items the client opened before it went out is dropped (`isNoticeStale`).
 */
export async function notifyDossierClients(
  tx: Executor,
  input: { officeId: string; dossierId: string; kind: NoticeKind; itemIds: string[]; onlyClientIds?: string[] },
): Promise<void> {
  if (input.onlyClientIds?.length === 0 || input.itemIds.length === 0) return;
  const [office] = await tx
    .select({ name: offices.name, contactPhone: offices.contactPhone, contactEmail: offices.contactEmail, hostnames: offices.hostnames })
    .from(offices)
    .where(eq(offices.id, input.officeId))
    .limit(1);
  if (!office) return;
  const clients = await tx
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(dossierClients)
    .innerJoin(users, eq(users.id, dossierClients.userId))
    .where(
      and(
        eq(dossierClients.dossierId, input.dossierId),
        eq(users.officeId, input.officeId),
        eq(users.role, "client"),
        inArray(users.status, ["active", "invited"]),
        eq(PREFERENCE[input.kind], true),
        input.onlyClientIds ? inArray(users.id, input.onlyClientIds) : undefined,
      ),
    );
  const link = `${officeBaseUrl(office)}/`;
  for (const client of clients) {
    await queueBatched(tx, { officeId: input.officeId, office, client, kind: input.kind, itemIds: input.itemIds, link });
  }
}

async function queueBatched(
  tx: Executor,
  input: {
    officeId: string;
    office: { name: string; contactPhone: string | null; contactEmail: string | null };
    client: { id: string; email: string; name: string; locale: "nl" | "en" };
    kind: NoticeKind;
    itemIds: string[];
    link: string;
  },
): Promise<void> {
  const windowSeconds = getConfig().notifyBatchSeconds;
  const batchKey = `${input.kind}:${input.client.id}`;
  // One notice per person and kind at a time: a second transaction for the same person waits here until the
  // first commits, and then joins the notice it wrote.
  await lockUntilCommit(tx, batchKey);
  // The latest notice: still waiting (never claimed by a delivery run, never tried) it takes the new items.
  const [latest] = await tx
    .select({
      id: outbox.id,
      batchCount: outbox.batchCount,
      noticeItems: outbox.noticeItems,
      joinable: sql<boolean>`${outbox.status} = 'pending' and ${outbox.attempts} = 0 and ${outbox.claimedAt} is null`,
      // When it went out or is due: the next one is due a window later.
      nextDue: sql<string>`(coalesce(${outbox.sentAt}, ${outbox.claimedAt}, ${outbox.nextAttemptAt}) + make_interval(secs => ${windowSeconds}))::text`,
    })
    .from(outbox)
    .where(eq(outbox.batchKey, batchKey))
    .orderBy(desc(outbox.createdAt))
    .limit(1)
    .for("update");
  if (latest?.joinable) {
    const itemIds = [...new Set([...(latest.noticeItems ?? []), ...input.itemIds])];
    const count = (latest.batchCount ?? 0) + input.itemIds.length;
    await tx
      .update(outbox)
      .set({ data: render(input, count), batchCount: count, noticeItems: itemIds })
      .where(eq(outbox.id, latest.id));
    return;
  }
  const first = sql`now() + make_interval(secs => ${Math.min(FIRST_NOTICE_DELAY_SECONDS, windowSeconds)})`;
  await tx.insert(outbox).values({
    officeId: input.officeId,
    channel: "email",
    recipient: input.client.email,
    template: input.kind,
    locale: input.client.locale,
    data: render(input, input.itemIds.length),
    batchKey,
    batchCount: input.itemIds.length,
    noticeFor: input.client.id,
    noticeItems: input.itemIds,
    // A follow-up waits until a window after the previous notice; a first one (or one long after) goes out soon.
    nextAttemptAt: latest ? sql`greatest(${latest.nextDue}::timestamptz, ${first})` : first,
  });
}

function render(
  input: { kind: NoticeKind; client: { name: string; locale: "nl" | "en" }; link: string; office: Parameters<typeof renderEmail>[3] },
  count: number,
) {
  return renderEmail(input.kind, input.client.locale, { name: input.client.name, count, link: input.link }, input.office);
}

/**
 * Whether a claimed notice announces only things its client has already opened (in the portal, before the
 * notice went out): then it is dropped instead of sent. Other e-mails are never stale.
 */
export async function isNoticeStale(
  db: Executor,
  row: { template: string; noticeFor: string | null; noticeItems: string[] | null },
): Promise<boolean> {
  if (!row.noticeFor || !row.noticeItems?.length) return false;
  const reads =
    row.template === "new_documents"
      ? db
          .select({ id: documentReads.documentId })
          .from(documentReads)
          .where(and(eq(documentReads.userId, row.noticeFor), inArray(documentReads.documentId, row.noticeItems)))
      : row.template === "new_message"
        ? db
            .select({ id: messageReads.messageId })
            .from(messageReads)
            .where(and(eq(messageReads.userId, row.noticeFor), inArray(messageReads.messageId, row.noticeItems)))
        : null;
  if (!reads) return false;
  return (await reads).length === new Set(row.noticeItems).size;
}
