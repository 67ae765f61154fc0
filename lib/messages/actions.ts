"use server";

import { getDb } from "@/lib/db";
import { revalidate } from "@/lib/revalidate";
import type { Viewer } from "@/lib/core/viewer";
import { memberAction, staffAction } from "@/lib/safe-action";
import { assignConversation } from "./assignment";
import { assignConversationSchema, replyToMessageSchema, sendMessageSchema } from "./schema";
import { sendMessage } from "./send";
import type { Audience } from "./thread";

/** The pages that show a dossier's conversations to the author: the office's inbox and dossier, or the client's. */
function pagesShowingMessages(viewer: Viewer, { dossierId, messageId }: { dossierId: string; messageId?: string }): string[] {
  if (viewer.role === "client") {
    return [...(messageId ? [`/messages/${messageId}`] : []), `/dossiers/${dossierId}/messages`, `/dossiers/${dossierId}/supplied`];
  }
  return ["/admin/messages", ...(messageId ? [`/admin/messages/${messageId}`] : []), `/admin/dossiers/${dossierId}/messages`];
}

/**
 * Beantwoorden, by staff or a client: the answer lands in the dossier of the message it answers (which the viewer
 * must be able to see). A client's answer to a message for several clients starts a conversation of its own
 * (`newConversation`: the page moves there); a client's attachments become their supplied documents.
 */
export const replyToMessageAction = memberAction(replyToMessageSchema, async ({ messageId, ...message }, { viewer, ip }) => {
  const sent = await (await getDb()).transaction((tx) => sendMessage(tx, { viewer, ip, replyToId: messageId, ...message }));
  revalidate(...pagesShowingMessages(viewer, { dossierId: sent.dossierId, messageId }));
  return { id: sent.id, newConversation: sent.threadId === sent.id };
});

/**
 * Nieuw bericht in a dossier. Staff write to every client of the dossier or to the clients they choose; a
 * client's message is always a conversation between that client and the office (sendMessage refuses a choice).
 */
export const sendMessageAction = memberAction(sendMessageSchema, async ({ audience, recipientIds, ...input }, { viewer, ip }) => {
  const chosen: Audience | undefined =
    audience === "recipients" ? { kind: "recipients", clientIds: recipientIds } : audience === "dossier" ? { kind: "dossier" } : undefined;
  const sent = await (await getDb()).transaction((tx) => sendMessage(tx, { viewer, ip, ...input, audience: chosen }));
  revalidate(...pagesShowingMessages(viewer, { dossierId: sent.dossierId }));
  return { id: sent.id };
});

/** Toegewezen aan: a staff member takes a conversation of the office ("me") or lets it go ("nobody"). */
export const assignConversationAction = staffAction(assignConversationSchema, async ({ messageId, to }, { viewer, ip }) => {
  const assigned = await (await getDb()).transaction((tx) => assignConversation(tx, { viewer, ip, messageId, to }));
  revalidate(...pagesShowingMessages(viewer, { dossierId: assigned.dossierId, messageId }));
});
