"use client";

import { Icon } from "@/components/ui/icon";
import { useLocale, useTranslations } from "next-intl";
import { formatFileSize } from "@/lib/uploads/format-size";
import type { UploadItem } from "./use-file-uploads";

const iconButton =
  "inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-lg px-2 text-slate-700 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60";

/** One chosen file: name and size, then its state (waiting, a progress bar, verified ✓, or why it failed). */
export function FileRow({
  item,
  disabled,
  onRetry,
  onRemove,
}: {
  item: UploadItem;
  disabled: boolean;
  onRetry: () => void;
  onRemove: () => void;
}) {
  const t = useTranslations("uploads");
  const tAll = useTranslations();
  const locale = useLocale();
  const name = item.file.name;
  const busy = item.status === "uploading" || item.status === "verifying";

  return (
    <li className="flex items-start gap-2 p-3">
      <div className="flex min-w-0 flex-1 items-start gap-2">
        <Icon name="file-text" className="mt-0.5 size-5 shrink-0 text-slate-500" />
        <div className="min-w-0 flex-1">
          <p className="font-medium wrap-anywhere">{name}</p>
          <p className="text-sm text-slate-600">{formatFileSize(item.file.size, locale)}</p>
          {busy ? (
            <div className="mt-1 flex items-center gap-2">
              <progress
                value={item.status === "verifying" ? undefined : item.progress}
                max={1}
                aria-label={t("progress_label", { name })}
                className="h-2 w-full max-w-xs accent-brand"
              />
              <span className="text-sm text-slate-700">
                {item.status === "verifying" ? t("verifying") : `${Math.round(item.progress * 100)}%`}
              </span>
            </div>
          ) : null}
          {item.status === "selected" ? <p className="text-sm text-slate-700">{t("waiting")}</p> : null}
          {item.status === "verified" ? (
            <p className="flex items-center gap-1 text-sm font-medium text-green-800">
              <Icon name="circle-check" className="size-4" />
              {t("verified")}
            </p>
          ) : null}
          {item.status === "failed" && item.error ? (
            <p className="text-sm text-red-700">{t("failed", { name, reason: tAll(item.error) })}</p>
          ) : null}
        </div>
      </div>
      <div className="flex shrink-0 flex-wrap justify-end gap-1">
        {item.status === "failed" && item.retryable ? (
          <button type="button" className={iconButton} disabled={disabled} aria-label={t("retry_named", { name })} onClick={onRetry}>
            <Icon name="rotate-ccw" className="size-4" />
            <span className="hidden sm:inline">{t("retry")}</span>
          </button>
        ) : null}
        {item.status !== "verifying" ? (
          // While uploading the same button stops the transfer (cancel); otherwise it removes the file.
          <button
            type="button"
            className={iconButton}
            disabled={disabled}
            aria-label={t(item.status === "uploading" ? "cancel_named" : "remove_named", { name })}
            onClick={onRemove}
          >
            <Icon name="x" className="size-5" />
          </button>
        ) : null}
      </div>
    </li>
  );
}
