"use client";

import { useTranslations } from "next-intl";
import { ComposeDialog } from "@/components/messages/compose-dialog";
import { staffUploadSteps } from "@/components/admin/staff-upload-steps";
import { sendDossierMessageAction } from "@/lib/messages/actions";

/** Nieuw bericht on a dossier's Berichten tab: to every client of the dossier; closes once sent. */
export function NewMessageDialog({ dossierId, recipients }: { dossierId: string; recipients: string[] }) {
  const t = useTranslations("admin_messages.tab");
  return (
    <div className="flex flex-wrap items-center gap-3">
      <ComposeDialog
        dossierId={dossierId}
        title={t("new_title")}
        description={recipients.length > 0 ? t("to", { names: recipients.join(", ") }) : t("no_clients")}
        label={t("new")}
        sentMessage={t("sent")}
        action={sendDossierMessageAction}
        uploadSteps={staffUploadSteps(dossierId)}
      />
    </div>
  );
}
