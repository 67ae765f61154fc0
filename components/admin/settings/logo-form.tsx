"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { putFile, TransferError } from "@/components/uploads/put-file";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { completeLogoUploadAction, removeLogoAction, requestLogoUploadAction } from "@/lib/offices/actions";
import { LOGO_ACCEPT } from "@/lib/offices/limits";

type Status = { kind: "idle" } | { kind: "uploading"; progress: number } | { kind: "verifying" } | { kind: "removing" };

/**
 * The office logo: choosing a file uploads it straight to storage (with progress), the server verifies it and
 * makes it the logo at once. The generic uploader is not used: its texts promise many files, many types and
 * 1 GB, while a logo is one PNG or JPEG of at most 2 MB.
 */
export function LogoForm({ logo }: { logo: { fileName: string; previewUrl: string } | null }) {
  const t = useTranslations();
  const router = useRouter();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [result, setResult] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const busy = status.kind !== "idle";

  async function upload(file: File) {
    setResult(null);
    setStatus({ kind: "uploading", progress: 0 });
    try {
      const ticket = await requestLogoUploadAction({ fileName: file.name, contentType: file.type, size: file.size });
      if (!ticket.ok) return setResult({ tone: "error", text: t(ticket.code) });
      await putFile(file, ticket.data, (progress) => setStatus({ kind: "uploading", progress }));
      setStatus({ kind: "verifying" });
      const done = await completeLogoUploadAction({ uploadId: ticket.data.uploadId });
      if (!done.ok) return setResult({ tone: "error", text: t(done.code) });
      setResult({ tone: "success", text: t("admin_settings.logo_saved") });
      router.refresh();
    } catch (error) {
      setResult({ tone: "error", text: t(error instanceof TransferError ? "uploads.transfer_failed" : "errors.unexpected") });
    } finally {
      setStatus({ kind: "idle" });
    }
  }

  async function remove() {
    setResult(null);
    setStatus({ kind: "removing" });
    const done = await removeLogoAction({});
    setStatus({ kind: "idle" });
    setResult(done.ok ? { tone: "success", text: t("admin_settings.logo_removed") } : { tone: "error", text: t(done.code) });
    if (done.ok) router.refresh();
  }

  return (
    <div className="flex flex-col gap-4">
      {result ? <FormAlert tone={result.tone}>{result.text}</FormAlert> : null}
      {logo ? (
        <figure className="flex flex-col items-start gap-2">
          {/* eslint-disable-next-line @next/next/no-img-element -- a short-lived presigned URL; next/image would fetch and cache it server-side */}
          <img
            src={logo.previewUrl}
            alt={t("admin_settings.logo_alt")}
            className="max-h-24 max-w-full rounded border border-slate-200 bg-white p-2"
          />
          <figcaption className="break-all text-sm text-slate-700">{logo.fileName}</figcaption>
        </figure>
      ) : (
        <p className="text-slate-700">{t("admin_settings.logo_none")}</p>
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor="logo" className="font-medium">
          {t("admin_settings.logo_choose")}
        </label>
        <input
          id="logo"
          type="file"
          accept={LOGO_ACCEPT}
          disabled={busy}
          aria-describedby="logo-hint"
          className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-1"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void upload(file);
          }}
        />
        <p id="logo-hint" className="text-sm text-slate-700">
          {t("admin_settings.logo_hint")}
        </p>
      </div>
      {status.kind === "uploading" ? (
        <div className="flex items-center gap-2">
          <progress
            value={status.progress}
            max={1}
            aria-label={t("admin_settings.logo_progress")}
            className="h-2 w-full max-w-xs accent-brand"
          />
          <span className="text-sm text-slate-700">{Math.round(status.progress * 100)}%</span>
        </div>
      ) : null}
      {status.kind === "verifying" ? <p role="status">{t("uploads.verifying")}</p> : null}
      {logo ? (
        <Button
          type="button"
          variant="secondary"
          className="self-start"
          disabled={busy}
          aria-busy={status.kind === "removing"}
          onClick={() => void remove()}
        >
          {t("admin_settings.logo_remove")}
        </Button>
      ) : null}
    </div>
  );
}
