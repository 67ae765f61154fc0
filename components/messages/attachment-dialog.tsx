"use client";

import { Icon } from "@/components/ui/icon";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FileUploader, type UploadSteps, type VerifiedFile } from "@/components/uploads/file-uploader";

/**
 * The manual's pop-up behind the plus (+) (docs/client-manual.md M-ATT): "blader" or drag files onto it, see them listed, upload them with
 * the green button. Closing it (Klaar, the cross or Escape) hands the verified files to the message; uploads
 * still on their way are stopped and given back.
 */
export function AttachmentDialog({
  uploadSteps,
  maxFiles,
  disabled,
  onAdd,
}: {
  uploadSteps: UploadSteps;
  maxFiles: number;
  disabled: boolean;
  onAdd: (files: VerifiedFile[]) => void;
}) {
  const t = useTranslations("messages");
  const [open, setOpen] = useState(false);
  const verified = useRef<VerifiedFile[]>([]);
  const close = () => {
    onAdd(verified.current);
    verified.current = [];
    setOpen(false);
  };
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? setOpen(true) : close())}
      title={t("attach_title")}
      description={t("attach_intro")}
      trigger={
        <Button type="button" variant="secondary" disabled={disabled || maxFiles <= 0}>
          <Icon name="plus" className="size-5" />
          {t("attach")}
        </Button>
      }
    >
      <div className="flex flex-col gap-4">
        <FileUploader
          {...uploadSteps}
          maxFiles={maxFiles}
          onChange={(files) => {
            verified.current = files;
          }}
        />
        <div>
          <Button type="button" onClick={close}>
            {t("attach_done")}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
