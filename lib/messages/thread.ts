import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { dossierClients, messageRecipients, users } from "@/db/schema";
import type { Viewer } from "@/lib/core/viewer";
import { UserError } from "@/lib/core/errors";

// Where a new message goes: which conversation (thread) and so which audience (docs/authorization.md,
// "Message audience"). A conversation a client starts is between that client and the office; a reply stays
// in its conversation, except a client's reply to a conversation that is not theirs alone, which starts a
// conversation of its own (with `reply_to_id` still pointing at what it answers), so what a client writes
// never reaches a co-client. A conversation the office starts goes to the whole dossier or to chosen clients.

export type Audience = { kind: "dossier" } | { kind: "recipients"; clientIds: string[] };

export type Placement = {
  /** The new message's own id, made here so a first message can be its own thread. */
  id: string;
  threadId: string;
  audience: Audience;
  /** True when the message starts a conversation: its recipient rows must be written with it. */
  startsThread: boolean;
};

type Parent = { threadId: string; audience: "dossier" | "recipients" };

export async function placeMessage(tx: Executor, input: { viewer: Viewer; parent: Parent | null; chosen?: Audience }): Promise<Placement> {
  const id = randomUUID();
  const { viewer, parent } = input;
  const ownThread = (): Placement => ({
    id,
    threadId: id,
    audience: { kind: "recipients", clientIds: [viewer.userId] },
    startsThread: true,
  });
  if (!parent) {
    if (viewer.role === "client") return ownThread();
    return { id, threadId: id, audience: input.chosen ?? { kind: "dossier" }, startsThread: true };
  }
  const audience = await audienceOfThread(tx, parent);
  if (viewer.role === "client") {
    const onlyMine = audience.kind === "recipients" && audience.clientIds.length === 1 && audience.clientIds[0] === viewer.userId;
    if (!onlyMine) return ownThread();
  }
  return { id, threadId: parent.threadId, audience, startsThread: false };
}

export async function audienceOfThread(db: Executor, thread: Parent): Promise<Audience> {
  if (thread.audience === "dossier") return { kind: "dossier" };
  const rows = await db
    .select({ userId: messageRecipients.userId })
    .from(messageRecipients)
    .where(eq(messageRecipients.threadId, thread.threadId));
  return { kind: "recipients", clientIds: rows.map((row) => row.userId).sort() };
}

/** Writes the recipient rows of a conversation that starts with this message (after the message itself). */
export async function recordAudience(tx: Executor, placement: Placement): Promise<void> {
  if (!placement.startsThread || placement.audience.kind !== "recipients") return;
  await tx.insert(messageRecipients).values(placement.audience.clientIds.map((userId) => ({ threadId: placement.threadId, userId })));
}

/**
 * The clients staff chose for a new conversation, each a client linked to the dossier (of the viewer's office),
 * without duplicates; anything else is `errors.not_found`, with nothing written.
 */
export async function checkChosenAudience(
  tx: Executor,
  input: { officeId: string; dossierId: string; audience: Audience },
): Promise<Audience> {
  if (input.audience.kind === "dossier") return input.audience;
  const clientIds = [...new Set(input.audience.clientIds)].sort();
  if (clientIds.length === 0) throw new UserError("messages.recipients_required", "recipientIds");
  const linked = await tx
    .select({ userId: dossierClients.userId })
    .from(dossierClients)
    .innerJoin(users, eq(users.id, dossierClients.userId))
    .where(
      and(
        eq(dossierClients.dossierId, input.dossierId),
        inArray(dossierClients.userId, clientIds),
        eq(users.officeId, input.officeId),
        eq(users.role, "client"),
      ),
    );
  if (linked.length !== clientIds.length) throw new UserError("errors.not_found", "recipientIds");
  return { kind: "recipients", clientIds };
}
