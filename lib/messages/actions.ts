"use server";

import { getDb } from "@/db/client";
import { revalidate } from "@/lib/revalidate";
import { clientAction, staffAction, type SignedInContext } from "@/lib/safe-action";
import {
  replyToMessageSchema,
  sendDossierMessageSchema,
  sendStaffMessageSchema,
  type ReplyToMessageInput,
  type SendDossierMessageInput,
} from "./schema";
import { sendMessage } from "./send";
import type { Audience } from "./thread";

// One handler per kind of send; staff and clients differ only in their guard and the pages that show the result.
async function reply({ messageId, ...message }: ReplyToMessageInput, { viewer, ip }: SignedInContext) {
  return (await getDb()).transaction((tx) => sendMessage(tx, { viewer, ip, replyToId: messageId, ...message }));
}

async function send(input: SendDossierMessageInput & { audience?: Audience }, { viewer, ip }: SignedInContext) {
  return (await getDb()).transaction((tx) => sendMessage(tx, { viewer, ip, ...input }));
}

/** Beantwoorden: staff answer a message of their office; the answer lands in the same dossier and thread. */
export const replyToMessageAction = staffAction(replyToMessageSchema, async (input, context) => {
  const sent = await reply(input, context);
  revalidate("/admin/messages", `/admin/messages/${input.messageId}`, `/admin/dossiers/${sent.dossierId}/messages`);
  return { id: sent.id };
});

/** Nieuw bericht: staff write to every client of a dossier of their office, or to the clients they choose. */
export const sendDossierMessageAction = staffAction(sendStaffMessageSchema, async ({ audience, recipientIds, ...input }, context) => {
  const sent = await send(
    { ...input, audience: audience === "dossier" ? { kind: "dossier" } : { kind: "recipients", clientIds: recipientIds } },
    context,
  );
  revalidate("/admin/messages", `/admin/dossiers/${sent.dossierId}/messages`);
  return { id: sent.id };
});

/**
 * Beantwoorden: a client answers a message they can see; attachments become their supplied documents. An answer
 * to a message for several clients starts a conversation of its own (`newConversation`: the page moves there).
 */
export const replyClientMessageAction = clientAction(replyToMessageSchema, async (input, context) => {
  const sent = await reply(input, context);
  revalidate(`/messages/${input.messageId}`, `/dossiers/${sent.dossierId}/messages`, `/dossiers/${sent.dossierId}/supplied`);
  return { id: sent.id, newConversation: sent.threadId === sent.id };
});

/** Nieuw bericht: a client writes to the office in one of their dossiers. */
export const sendClientMessageAction = clientAction(sendDossierMessageSchema, async (input, context) => {
  const sent = await send(input, context);
  revalidate(`/dossiers/${sent.dossierId}/messages`, `/dossiers/${sent.dossierId}/supplied`);
  return { id: sent.id };
});
