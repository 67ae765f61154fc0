"use client";

import { useTranslations } from "next-intl";
import { ComposeDialog } from "@/components/messages/compose-dialog";
import { sendMessageAction } from "@/lib/messages/actions";
import { dossierUploadSteps } from "@/components/uploads/dossier-upload-steps";

/** Nieuw bericht: the button on a laptop, the plus (+) right next to "Berichten" on a phone (docs/client-manual.md M-MSG-3). */
export function ClientNewMessage({ dossierId }: { dossierId: string }) {
  const t = useTranslations("client_messages");
  return (
    <ComposeDialog
      dossierId={dossierId}
      title={t("new_title")}
      description={t("new_intro")}
      label={t("new")}
      sentMessage={t("sent")}
      action={sendMessageAction}
      uploadSteps={dossierUploadSteps(dossierId)}
      compactOnPhone
    />
  );
}
