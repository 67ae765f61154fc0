"use client";

import type { MessageKey } from "@/lib/core/message-keys";
import { Icon } from "@/components/ui/icon";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { FileUploader, type VerifiedFile } from "@/components/uploads/file-uploader";
import { dossierUploadSteps } from "@/components/uploads/dossier-upload-steps";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { publishDocumentsAction } from "@/lib/documents/actions";
import type { PublishedKind } from "@/lib/documents/schema";
import { defaultTitle } from "@/lib/uploads/title";

/** Publiceren: upload files (checked one by one), give each a title, then publish them all at once. */
export function PublishPanel({ dossierId, kind }: { dossierId: string; kind: PublishedKind }) {
  const t = useTranslations("admin_documents.publish");
  const tAll = useTranslations();
  const router = useRouter();
  const [uploaderKey, setUploaderKey] = useState(0);
  const [files, setFiles] = useState<VerifiedFile[]>([]);
  const [unfinished, setUnfinished] = useState(0);
  const [titles, setTitles] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<{ form?: string; files: Record<string, string> }>({ files: {} });
  const [done, setDone] = useState<string>();
  const [pending, startTransition] = useTransition();
  const titleOf = (file: VerifiedFile) => titles[file.uploadId] ?? defaultTitle(file.fileName);

  const publish = () =>
    startTransition(async () => {
      setDone(undefined);
      const uploads = files.map((file) => ({ uploadId: file.uploadId, title: titleOf(file) }));
      const result = await publishDocumentsAction({ dossierId, kind, uploads }).catch(() => null);
      if (!result) return setErrors({ form: tAll("errors.unexpected"), files: {} });
      if (!result.ok) return setErrors(errorsOf(result.code, result.fieldErrors));
      setErrors({ files: {} });
      setFiles([]);
      setTitles({});
      setUploaderKey((key) => key + 1); // a fresh, empty uploader
      setDone(t("done", { count: result.data.documentIds.length }));
      router.refresh();
    });

  /** Field errors come as "uploads.<i>" or "uploads.<i>.title": turn them into "<file name>: <reason>" per file. */
  function errorsOf(code: MessageKey, fieldErrors: Record<string, MessageKey> = {}) {
    const byFile: Record<string, string> = {};
    let form: string | undefined;
    for (const [field, key] of Object.entries(fieldErrors)) {
      const file = files[Number(/^uploads\.(\d+)/.exec(field)?.[1] ?? NaN)];
      if (file) byFile[file.uploadId] = tAll(key);
      else form = tAll(key);
    }
    if (Object.keys(byFile).length === 0) form ??= tAll(code);
    return { form, files: byFile };
  }

  return (
    <section aria-labelledby={`publish-${kind}`} className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-slate-50 p-4">
      <div>
        <h2 id={`publish-${kind}`} className="text-xl font-semibold">
          {t("heading")}
        </h2>
        <p className="text-slate-700">{t(`intro_${kind}`)}</p>
      </div>
      <FileUploader
        key={uploaderKey}
        disabled={pending}
        {...dossierUploadSteps(dossierId)}
        onChange={(verified, progress) => {
          setFiles(verified);
          setUnfinished(progress.unfinished);
          // The fresh uploader after a publish reports "nothing": keep the result until new files come.
          if (verified.length > 0 || progress.unfinished > 0) setDone(undefined);
        }}
      />
      {files.length > 0 ? (
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-2 font-medium">{t("titles_legend")}</legend>
          {files.map((file) => (
            <Field
              key={file.uploadId}
              id={`title-${file.uploadId}`}
              name={`title-${file.uploadId}`}
              label={t("title_label", { name: file.fileName })}
              value={titleOf(file)}
              maxLength={200}
              required
              onChange={(event) => setTitles((current) => ({ ...current, [file.uploadId]: event.target.value }))}
              error={
                errors.files[file.uploadId] ? t("file_error", { name: file.fileName, reason: errors.files[file.uploadId]! }) : undefined
              }
            />
          ))}
        </fieldset>
      ) : null}
      {errors.form ? <FormAlert>{errors.form}</FormAlert> : null}
      {Object.keys(errors.files).length > 0 ? <FormAlert>{tAll("errors.invalid_input")}</FormAlert> : null}
      {done ? <FormAlert tone="success">{done}</FormAlert> : null}
      {files.length > 0 ? (
        <div className="flex flex-col items-start gap-2">
          {/* Publishing starts the uploader afresh: files still waiting or on their way would be lost. */}
          {unfinished > 0 ? <p className="text-sm text-slate-700">{t("wait_for_uploads")}</p> : null}
          <Button type="button" onClick={publish} disabled={pending || unfinished > 0} aria-busy={pending}>
            <Icon name="send" className="size-5" />
            {pending ? t("publishing") : t("submit", { count: files.length })}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
