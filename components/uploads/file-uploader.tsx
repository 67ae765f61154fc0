"use client";

import { Icon } from "@/components/ui/icon";
import { useTranslations } from "next-intl";
import { useId, useImperativeHandle, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { cn } from "@/lib/cn";
import { ACCEPT_ATTRIBUTE, MAX_FILES_PER_MESSAGE } from "@/lib/storage/file-types";
import { FileRow } from "./file-row";
import { useFileUploads, type UploadProgress, type UploadSteps, type VerifiedFile } from "./use-file-uploads";

export type { UploadProgress, UploadSteps, VerifiedFile };

/** What a parent may ask of the uploader: upload the chosen files now (as the green button does). */
export type UploaderController = { uploadAll: () => void };

export type FileUploaderProps = UploadSteps & {
  controller?: React.Ref<UploaderController>;
  /**
   * Called with the files that passed the server's checks, and how many chosen files are still unfinished
   * (waiting or uploading), whenever either changes; a parent should not use the files while some are unfinished.
   */
  onChange: (verified: VerifiedFile[], progress: UploadProgress) => void;
  multiple?: boolean;
  accept?: string;
  maxFiles?: number;
  /** Blocks the buttons while the parent is using the verified files (e.g. publishing them). */
  disabled?: boolean;
};

/**
 * Choose files (the "blader" button or drag and drop, as in the manual, docs/client-manual.md M-ATT), then upload them with the green
 * button: each goes straight to storage with a progress bar and is checked by the server afterwards.
 * Remount it (change its `key`) to start empty after the parent has used the files.
 */
export function FileUploader({
  onChange,
  multiple = true,
  accept = ACCEPT_ATTRIBUTE,
  maxFiles = MAX_FILES_PER_MESSAGE,
  disabled = false,
  controller,
  ...steps
}: FileUploaderProps) {
  const t = useTranslations("uploads");
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const uploads = useFileUploads(steps, { maxFiles: multiple ? maxFiles : 1, onChange });
  useImperativeHandle(controller, () => ({ uploadAll: () => void uploads.uploadAll() }), [uploads]);
  const waiting = uploads.items.filter((item) => item.status === "selected").length;

  return (
    <div className="flex flex-col gap-3">
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          if (!disabled) uploads.addFiles(event.dataTransfer.files);
        }}
        className={cn(
          "flex flex-col items-center gap-2 rounded-xl border-2 border-dashed p-6 text-center transition",
          dragging ? "border-brand bg-slate-100" : "border-slate-300 bg-white",
        )}
      >
        <Icon name="upload" className="size-8 text-slate-500" />
        <p className="text-slate-700">{t("drop_here")}</p>
        <Button type="button" variant="secondary" disabled={disabled} aria-describedby={hintId} onClick={() => input.current?.click()}>
          {t("browse")}
        </Button>
        <p id={hintId} className="text-sm text-slate-600">
          {t("allowed")}
        </p>
        {/* The real input, reached through the button above (one tab stop, one control for screen readers). */}
        <input
          ref={input}
          id={inputId}
          type="file"
          multiple={multiple}
          accept={accept}
          tabIndex={-1}
          aria-hidden
          className="sr-only"
          onChange={(event) => {
            if (event.target.files) uploads.addFiles(event.target.files);
            event.target.value = ""; // choosing the same file again after removing it still fires change
          }}
        />
      </div>

      {uploads.notice ? <FormAlert>{uploads.notice}</FormAlert> : null}

      {uploads.items.length > 0 ? (
        <ul aria-label={t("selected")} className="flex flex-col divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
          {uploads.items.map((item) => (
            <FileRow
              key={item.key}
              item={item}
              disabled={disabled}
              onRetry={() => void uploads.retry(item.key)}
              onRemove={() => void uploads.remove(item.key)}
            />
          ))}
        </ul>
      ) : null}

      {waiting > 0 || uploads.busy ? (
        <div>
          <button
            type="button"
            disabled={disabled || uploads.busy}
            onClick={() => void uploads.uploadAll()}
            className="inline-flex min-h-11 items-center gap-2 rounded-lg bg-green-700 px-4 py-2 font-medium text-white hover:bg-green-800 disabled:cursor-not-allowed disabled:bg-slate-600"
          >
            <Icon name="upload" className="size-4" />
            {uploads.busy ? t("uploading") : t("upload", { count: waiting })}
          </button>
        </div>
      ) : null}

      <p role="status" aria-live="polite" className="sr-only">
        {uploads.announcement}
      </p>
    </div>
  );
}
