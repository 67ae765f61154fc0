import "server-only";
import { and, desc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { dossierClients, offices, outbox, users } from "@/db/schema";
import { lockUntilCommit } from "@/lib/sql";
import { getConfig } from "@/lib/config";
import { officeBaseUrl } from "@/lib/offices/links";
import { renderEmail } from "./templates";

export type NoticeKind = "new_documents" | "new_message";

const PREFERENCE = { new_documents: users.notifyDocuments, new_message: users.notifyMessages } as const;

/**
 * Tells the clients of a dossier that something new waits for them, on the caller's transaction (no commit, no
 * mail). Only clients who want this kind of notice (their Account switches) and can sign in or are invited;
 * each in their own language. `onlyClientIds` narrows it to those clients (a message whose conversation is for
 * chosen clients only: docs/authorization.md, "Message audience"); they must still be linked to the dossier.
 * Within the batching window (NOTIFY_BATCH_SECONDS) further items join the notice still waiting, which then
 * counts them all: one e-mail, never the items' titles.
 */
export async function notifyDossierClients(
  tx: Executor,
  input: { officeId: string; dossierId: string; kind: NoticeKind; count: number; onlyClientIds?: string[] },
): Promise<void> {
  if (input.onlyClientIds?.length === 0) return;
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
    await queueBatched(tx, { officeId: input.officeId, office, client, kind: input.kind, count: input.count, link });
  }
}

async function queueBatched(
  tx: Executor,
  input: {
    officeId: string;
    office: { name: string; contactPhone: string | null; contactEmail: string | null };
    client: { id: string; email: string; name: string; locale: "nl" | "en" };
    kind: NoticeKind;
    count: number;
    link: string;
  },
): Promise<void> {
  const windowSeconds = getConfig().notifyBatchSeconds;
  const batchKey = `${input.kind}:${input.client.id}`;
  // One notice per person and kind at a time: a second transaction for the same person waits here until the
  // first commits, and then joins the notice it wrote.
  await lockUntilCommit(tx, batchKey);
  // Still joinable: waiting for its first try and younger than the window (a row's first try is due when the
  // window ends, and only then can a delivery run claim it).
  const [waiting] = await tx
    .select({ id: outbox.id, batchCount: outbox.batchCount })
    .from(outbox)
    .where(
      and(
        eq(outbox.batchKey, batchKey),
        eq(outbox.status, "pending"),
        eq(outbox.attempts, 0),
        gt(outbox.createdAt, sql`now() - make_interval(secs => ${windowSeconds})`),
      ),
    )
    .orderBy(desc(outbox.createdAt))
    .limit(1)
    .for("update");
  const count = (waiting?.batchCount ?? 0) + input.count;
  const data = renderEmail(input.kind, input.client.locale, { name: input.client.name, count, link: input.link }, input.office);
  if (waiting) {
    await tx.update(outbox).set({ data, batchCount: count }).where(eq(outbox.id, waiting.id));
    return;
  }
  await tx.insert(outbox).values({
    officeId: input.officeId,
    channel: "email",
    recipient: input.client.email,
    template: input.kind,
    locale: input.client.locale,
    data,
    batchKey,
    batchCount: count,
    nextAttemptAt: sql`now() + make_interval(secs => ${windowSeconds})`,
  });
}
