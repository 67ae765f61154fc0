"use client";

import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { MessageComposer } from "@/components/messages/message-composer";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { sendClientMessageAction } from "@/lib/messages/actions";
import { clientUploadSteps } from "./client-upload-steps";

/**
 * Nieuw bericht: the button on a laptop, the plus (+) right next to "Berichten" on a phone (the manual's two
 * versions). Opens the composer; closes once the message is sent and says so.
 */
export function ClientNewMessage({ dossierId }: { dossierId: string }) {
  const t = useTranslations("client_messages");
  const tMessages = useTranslations("messages");
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  return (
    <>
      <Dialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (next) setSent(false);
        }}
        title={t("new_title")}
        description={t("new_intro")}
        trigger={
          <Button type="button" className="px-3 sm:px-4">
            <Plus aria-hidden className="size-5" />
            <span className="sr-only sm:not-sr-only">{t("new")}</span>
          </Button>
        }
      >
        <MessageComposer
          action={sendClientMessageAction}
          hidden={{ dossierId }}
          uploadSteps={clientUploadSteps(dossierId)}
          attachmentsLabel={tMessages("attachments")}
          sentMessage={t("sent")}
          onSent={() => {
            setOpen(false);
            setSent(true);
          }}
        />
      </Dialog>
      <p role="status" className="basis-full text-green-800 empty:hidden">
        {sent ? t("sent") : null}
      </p>
    </>
  );
}
