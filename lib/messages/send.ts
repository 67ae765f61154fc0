import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { messages } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/core/viewer";
import { UserError } from "@/lib/core/errors";
import { notifyDossierClients } from "@/lib/notify/client-notices";
import { attachUploadsAsDocuments } from "@/lib/uploads/attach";
import { findDossierForViewer, findMessageForViewer } from "./access";
import { ensureUnderSendLimit, lockAuthorSends } from "./limits";
import { checkChosenAudience, placeMessage, recordAudience, type Audience } from "./thread";

/** The message written (or found by its compose key), its dossier and its conversation. */
export type SentMessage = { id: string; dossierId: string; threadId: string };

export type SendMessageInput = {
  viewer: Viewer;
  ip: string | null;
  subject: string;
  body: string;
  /** Verified uploads of this viewer for this dossier, attached to the message as documents. */
  uploadIds?: string[];
  /** One per compose form: sending the same form twice (double click, retry) yields the first message. */
  composeKey?: string;
} & (
  | {
      dossierId: string;
      replyToId?: undefined;
      /** Staff only: who a new conversation is for (default: every client of the dossier). Clients' is their own. */
      audience?: Audience;
    }
  | { replyToId: string; dossierId?: undefined; audience?: undefined }
);

/**
 * Writes a message by the viewer (client or staff) on the caller's transaction, with its audit event. A new
 * message goes to a dossier the viewer may see; an answer goes to the dossier of the message it answers,
 * which the viewer must be able to see. Anything else is `errors.not_found`, with nothing written. Where it goes
 * (conversation and audience) is placeMessage's rule; over the author's hourly limit it is `messages.too_many`.
 * Attachments become documents of the dossier with `message_id` set: kind "supplied" from a client (their tab
 * "Door mij aangeleverd"), kind "document" from the office (also listed under the client's Documenten).
 */
export async function sendMessage(tx: Executor, input: SendMessageInput): Promise<SentMessage> {
  const { viewer } = input;
  await lockAuthorSends(tx, viewer);
  if (input.composeKey) {
    const earlier = await sentWithKey(tx, viewer, input.composeKey);
    if (earlier) return earlier;
  }
  await ensureUnderSendLimit(tx, viewer);
  const parent = input.replyToId === undefined ? null : await findMessageForViewer(tx, viewer, input.replyToId);
  const target = input.replyToId === undefined ? await findDossierForViewer(tx, viewer, input.dossierId) : parent?.dossier;
  const dossierId = target?.id;
  if (!dossierId) throw new UserError("errors.not_found");
  // Only staff choose who a conversation is for; a client's is always between them and the office.
  if (input.audience && viewer.role === "client") throw new UserError("errors.invalid", "audience");
  const chosen = input.audience
    ? await checkChosenAudience(tx, { officeId: viewer.officeId, dossierId, audience: input.audience })
    : undefined;
  const placement = await placeMessage(tx, { viewer, parent, chosen });

  const [message] = await tx
    .insert(messages)
    .values({
      id: placement.id,
      threadId: placement.threadId,
      audience: placement.audience.kind,
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
  // A message from the office tells the clients of its audience (in this transaction, so only a sent message
  // mails); the author is staff, so never among them.
  if (viewer.role !== "client") {
    const onlyClientIds = placement.audience.kind === "recipients" ? placement.audience.clientIds : undefined;
    await notifyDossierClients(tx, { officeId: viewer.officeId, dossierId, kind: "new_message", itemIds: [message!.id], onlyClientIds });
  }
  await recordAudit(tx, {
    officeId: viewer.officeId,
    actorId: viewer.userId,
    action: "message.send",
    subjectType: "message",
    subjectId: message!.id,
    dossierId,
    ip: input.ip,
    data: {
      attachments: uploadIds.length,
      ...(input.replyToId ? { replyToId: input.replyToId } : {}),
      ...(placement.threadId !== placement.id ? { threadId: placement.threadId } : {}),
    },
  });
  return { id: message!.id, dossierId, threadId: placement.threadId };
}

async function sentWithKey(tx: Executor, viewer: Viewer, composeKey: string) {
  const [earlier] = await tx
    .select({ id: messages.id, dossierId: messages.dossierId, threadId: messages.threadId })
    .from(messages)
    .where(and(eq(messages.authorId, viewer.userId), eq(messages.composeKey, composeKey)))
    .limit(1);
  return earlier ?? null;
}
