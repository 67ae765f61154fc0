"use client";

import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { UploadSteps } from "@/components/uploads/file-uploader";
import type { ActionResult } from "@/lib/safe-action";
import { LazyMessageComposer } from "./lazy-message-composer";
import type { ComposerFields } from "./message-composer";

/**
 * Nieuw bericht in a dossier, for staff and clients: a button with a plus (on a phone the plus alone when
 * `compactOnPhone`), the composer in a dialog that closes once the message is sent, and the "sent" status.
 */
export function ComposeDialog({
  dossierId,
  title,
  description,
  label,
  sentMessage,
  action,
  uploadSteps,
  compactOnPhone = false,
  fields,
}: {
  dossierId: string;
  title: string;
  description: string;
  label: string;
  sentMessage: string;
  action: (form: FormData) => Promise<ActionResult<{ id: string }>>;
  uploadSteps: UploadSteps;
  compactOnPhone?: boolean;
  /** More fields of this form, above the subject (staff: who the message is for). */
  fields?: ComposerFields;
}) {
  const t = useTranslations("messages");
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
        title={title}
        description={description}
        trigger={
          <Button type="button" padding={compactOnPhone ? "compact-on-phone" : "normal"}>
            <Plus aria-hidden className="size-5" />
            <span className={compactOnPhone ? "sr-only sm:not-sr-only" : undefined}>{label}</span>
          </Button>
        }
      >
        <LazyMessageComposer
          action={action}
          hidden={{ dossierId }}
          uploadSteps={uploadSteps}
          attachmentsLabel={t("attachments")}
          sentMessage={sentMessage}
          fields={fields}
          onSent={() => {
            setOpen(false);
            setSent(true);
          }}
        />
      </Dialog>
      <p role="status" className="basis-full text-green-800 empty:hidden">
        {sent ? sentMessage : null}
      </p>
    </>
  );
}
