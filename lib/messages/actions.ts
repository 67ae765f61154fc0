"use server";

import { getDb } from "@/db/client";
import { revalidate } from "@/lib/revalidate";
import { staffAction } from "@/lib/safe-action";
import { replyToMessageSchema, sendDossierMessageSchema } from "./schema";
import { sendMessage } from "./send";

/** Beantwoorden: staff answer a message of their office; the answer lands in the same dossier and thread. */
export const replyToMessageAction = staffAction(replyToMessageSchema, async ({ messageId, ...message }, { viewer, ip }) => {
  const sent = await (await getDb()).transaction((tx) => sendMessage(tx, { viewer, ip, replyToId: messageId, ...message }));
  revalidate("/admin/messages", `/admin/messages/${messageId}`, `/admin/dossiers/${sent.dossierId}/messages`);
  return { id: sent.id };
});

/** Nieuw bericht: staff write to the clients of a dossier of their office. */
export const sendDossierMessageAction = staffAction(sendDossierMessageSchema, async (input, { viewer, ip }) => {
  const sent = await (await getDb()).transaction((tx) => sendMessage(tx, { viewer, ip, ...input }));
  revalidate("/admin/messages", `/admin/dossiers/${sent.dossierId}/messages`);
  return { id: sent.id };
});
