"use client";

import { Icon } from "@/components/ui/icon";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import {
  FileUploader,
  type UploadProgress,
  type UploaderController,
  type UploadSteps,
  type VerifiedFile,
} from "@/components/uploads/file-uploader";

/**
 * The manual's pop-up behind the plus (+) (docs/client-manual.md M-ATT): "blader" or drag files onto it, see them listed, upload them with
 * the green button. Klaar with files still waiting uploads them first and closes once all arrived (it stays
 * open to show a refusal). Closing otherwise (the cross or Escape) hands the verified files to the message;
 * uploads still on their way are stopped and given back.
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
  const uploader = useRef<UploaderController>(null);
  const [progress, setProgress] = useState<UploadProgress>({ unfinished: 0, failed: 0 });
  const [finishing, setFinishing] = useState(false);
  const close = () => {
    onAdd(verified.current);
    verified.current = [];
    setFinishing(false);
    setProgress({ unfinished: 0, failed: 0 });
    setOpen(false);
  };
  const done = () => {
    if (progress.unfinished === 0) return close();
    setFinishing(true);
    uploader.current?.uploadAll();
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
          controller={uploader}
          onChange={(files, next) => {
            verified.current = files;
            setProgress(next);
            // Klaar pressed with files waiting: close once they are all in, or stay to show what was refused.
            if (finishing && next.unfinished === 0) {
              if (next.failed === 0) close();
              else setFinishing(false);
            }
          }}
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="button" onClick={done} disabled={finishing} aria-busy={finishing}>
            {t("attach_done")}
          </Button>
          <p role="status" className="text-sm text-slate-700 empty:hidden">
            {finishing ? t("attach_finishing") : null}
          </p>
        </div>
      </div>
    </Dialog>
  );
}
