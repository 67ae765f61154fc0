"use server";

import { getDb } from "@/db/client";
import { revalidate } from "@/lib/revalidate";
import { clientAction, staffAction, type SignedInContext } from "@/lib/safe-action";
import { replyToMessageSchema, sendDossierMessageSchema, type ReplyToMessageInput, type SendDossierMessageInput } from "./schema";
import { sendMessage } from "./send";

// One handler per kind of send; staff and clients differ only in their guard and the pages that show the result.
async function reply({ messageId, ...message }: ReplyToMessageInput, { viewer, ip }: SignedInContext) {
  return (await getDb()).transaction((tx) => sendMessage(tx, { viewer, ip, replyToId: messageId, ...message }));
}

async function send(input: SendDossierMessageInput, { viewer, ip }: SignedInContext) {
  return (await getDb()).transaction((tx) => sendMessage(tx, { viewer, ip, ...input }));
}

/** Beantwoorden: staff answer a message of their office; the answer lands in the same dossier and thread. */
export const replyToMessageAction = staffAction(replyToMessageSchema, async (input, context) => {
  const sent = await reply(input, context);
  revalidate("/admin/messages", `/admin/messages/${input.messageId}`, `/admin/dossiers/${sent.dossierId}/messages`);
  return { id: sent.id };
});

/** Nieuw bericht: staff write to the clients of a dossier of their office. */
export const sendDossierMessageAction = staffAction(sendDossierMessageSchema, async (input, context) => {
  const sent = await send(input, context);
  revalidate("/admin/messages", `/admin/dossiers/${sent.dossierId}/messages`);
  return { id: sent.id };
});

/** Beantwoorden: a client answers a message they can see; attachments become their supplied documents. */
export const replyClientMessageAction = clientAction(replyToMessageSchema, async (input, context) => {
  const sent = await reply(input, context);
  revalidate(`/messages/${input.messageId}`, `/dossiers/${sent.dossierId}/messages`, `/dossiers/${sent.dossierId}/supplied`);
  return { id: sent.id };
});

/** Nieuw bericht: a client writes to the office in one of their dossiers. */
export const sendClientMessageAction = clientAction(sendDossierMessageSchema, async (input, context) => {
  const sent = await send(input, context);
  revalidate(`/dossiers/${sent.dossierId}/messages`, `/dossiers/${sent.dossierId}/supplied`);
  return { id: sent.id };
});
