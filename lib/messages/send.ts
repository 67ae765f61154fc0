import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { messages } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/viewer";
import { UserError } from "@/lib/safe-action";
import { notifyDossierClients } from "@/lib/notify/client-notices";
import { attachUploadsAsDocuments } from "@/lib/uploads/attach";
import { findDossierForViewer, findMessageForViewer } from "./access";
import { audienceColumn, placeMessage, recordAudience } from "./thread";

export type SendMessageInput = {
  viewer: Viewer;
  ip: string | null;
  subject: string;
  body: string;
  /** Verified uploads of this viewer for this dossier, attached to the message as documents. */
  uploadIds?: string[];
  /** One per compose form: sending the same form twice (double click, retry) yields the first message. */
  composeKey?: string;
} & ({ dossierId: string; replyToId?: undefined } | { replyToId: string; dossierId?: undefined });

/**
 * Writes a message by the viewer (client or staff) on the caller's transaction, with its audit event. A new
 * message goes to a dossier the viewer may see; an answer goes to the dossier of the message it answers,
 * which the viewer must be able to see. Anything else is `errors.not_found`, with nothing written.
 * Attachments become documents of the dossier with `message_id` set: kind "supplied" from a client (their tab
 * "Door mij aangeleverd"), kind "document" from the office (also listed under the client's Documenten).
 */
export async function sendMessage(tx: Executor, input: SendMessageInput): Promise<{ id: string; dossierId: string }> {
  const { viewer } = input;
  if (input.composeKey) {
    const earlier = await sentWithKey(tx, viewer, input.composeKey);
    if (earlier) return earlier;
  }
  const parent = input.replyToId === undefined ? null : await findMessageForViewer(tx, viewer, input.replyToId);
  const target = input.replyToId === undefined ? await findDossierForViewer(tx, viewer, input.dossierId) : parent?.dossier;
  const dossierId = target?.id;
  if (!dossierId) throw new UserError("errors.not_found");
  const placement = await placeMessage(tx, { viewer, parent });

  const [message] = await tx
    .insert(messages)
    .values({
      id: placement.id,
      threadId: placement.threadId,
      audience: audienceColumn(placement),
      officeId: viewer.officeId,
      dossierId,
      authorId: viewer.userId,
      subject: input.subject,
      body: input.body,
      replyToId: input.replyToId ?? null,
      composeKey: input.composeKey ?? null,
    })
    // A second send racing the first waits for it here, then finds its message.
    .onConflictDoNothing({ target: [messages.authorId, messages.composeKey] })
    .returning({ id: messages.id });
  if (!message) return (await sentWithKey(tx, viewer, input.composeKey!))!;
  await recordAudience(tx, placement);
  const uploadIds = input.uploadIds ?? [];
  await attachUploadsAsDocuments(tx, {
    viewer,
    ip: input.ip,
    dossierId,
    uploads: uploadIds.map((uploadId) => ({ uploadId })),
    kind: viewer.role === "client" ? "supplied" : "document",
    messageId: message!.id,
  });
  // A message from the office tells the dossier's clients (in this transaction, so only a sent message mails).
  if (viewer.role !== "client") {
    await notifyDossierClients(tx, { officeId: viewer.officeId, dossierId, kind: "new_message", count: 1 });
  }
  await recordAudit(tx, {
    officeId: viewer.officeId,
    actorId: viewer.userId,
    action: "message.send",
    subjectType: "message",
    subjectId: message!.id,
    dossierId,
    ip: input.ip,
    data: { attachments: uploadIds.length, ...(input.replyToId ? { replyToId: input.replyToId } : {}) },
  });
  return { id: message!.id, dossierId };
}

async function sentWithKey(tx: Executor, viewer: Viewer, composeKey: string) {
  const [earlier] = await tx
    .select({ id: messages.id, dossierId: messages.dossierId })
    .from(messages)
    .where(and(eq(messages.authorId, viewer.userId), eq(messages.composeKey, composeKey)))
    .limit(1);
  return earlier ?? null;
}
