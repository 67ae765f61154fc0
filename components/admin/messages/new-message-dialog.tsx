"use client";

import { useTranslations } from "next-intl";
import { ComposeDialog } from "@/components/messages/compose-dialog";
import { dossierUploadSteps } from "@/components/uploads/dossier-upload-steps";
import { sendMessageAction } from "@/lib/messages/actions";
import { RecipientChoice, type DossierClientOption } from "./recipient-choice";

/**
 * Nieuw bericht on a dossier's Berichten tab: to every client of the dossier, or to the clients staff choose
 * (docs/authorization.md, "Message audience"); closes once sent.
 */
export function NewMessageDialog({ dossierId, clients }: { dossierId: string; clients: DossierClientOption[] }) {
  const t = useTranslations("admin_messages.tab");
  return (
    <div className="flex flex-wrap items-center gap-3">
      <ComposeDialog
        dossierId={dossierId}
        title={t("new_title")}
        description={clients.length > 0 ? t("to", { names: clients.map((client) => client.name).join(", ") }) : t("no_clients")}
        label={t("new")}
        sentMessage={t("sent")}
        action={sendMessageAction}
        uploadSteps={dossierUploadSteps(dossierId)}
        fields={
          clients.length > 0 ? ({ fieldError }) => <RecipientChoice clients={clients} error={fieldError("recipientIds")} /> : undefined
        }
      />
    </div>
  );
}
