"use client";

import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { MessageComposer } from "@/components/messages/message-composer";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { sendDossierMessageAction } from "@/lib/messages/actions";
import { staffUploadSteps } from "@/components/admin/staff-upload-steps";

/** Nieuw bericht on a dossier's Berichten tab: to every client of the dossier; closes once sent. */
export function NewMessageDialog({ dossierId, recipients }: { dossierId: string; recipients: string[] }) {
  const t = useTranslations("admin_messages.tab");
  const tMessages = useTranslations("messages");
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Dialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (next) setSent(false);
        }}
        title={t("new_title")}
        description={recipients.length > 0 ? t("to", { names: recipients.join(", ") }) : t("no_clients")}
        trigger={
          <Button type="button">
            <Plus aria-hidden className="size-5" />
            {t("new")}
          </Button>
        }
      >
        <MessageComposer
          action={sendDossierMessageAction}
          hidden={{ dossierId }}
          uploadSteps={staffUploadSteps(dossierId)}
          attachmentsLabel={tMessages("attachments")}
          sentMessage={t("sent")}
          onSent={() => {
            setOpen(false);
            setSent(true);
          }}
        />
      </Dialog>
      <p role="status" className="text-green-800 empty:hidden">
        {sent ? t("sent") : null}
      </p>
    </div>
  );
}
