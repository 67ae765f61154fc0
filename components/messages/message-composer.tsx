"use client";

import { Icon } from "@/components/ui/icon";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState, type ReactNode } from "react";
import type { UploadSteps, VerifiedFile } from "@/components/uploads/file-uploader";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/core/errors";
import { MAX_BODY_LENGTH, MAX_SUBJECT_LENGTH } from "@/lib/messages/schema";
import { MAX_FILES_PER_MESSAGE } from "@/lib/storage/file-types";
import { formatFileSize } from "@/lib/uploads/format-size";
import { AttachmentDialog } from "./attachment-dialog";
import { deleteDraft, readDraft, saveDraft } from "./drafts";

/** Extra fields a caller puts in the form, with the form's field errors. */
export type ComposerFields = (form: { fieldError: (name: string) => string | undefined }) => ReactNode;

/**
 * Subject, body and attachments, then Versturen: the form behind Beantwoorden and Nieuw bericht, for staff and
 * clients (each passes its own send action and upload steps). Attachments are added through the plus (+)
 * pop-up and uploaded there (the green button); the verified ones are listed under the message, removable (×),
 * and go with it as hidden `uploadIds`. A compose key made once per message makes a second send (double click,
 * retry after a network error) find the first message instead of writing another.
 */
export function MessageComposer<T extends { id: string }>({
  action,
  hidden,
  defaultSubject = "",
  uploadSteps,
  attachmentsLabel,
  sentMessage,
  onSent,
  fields,
  draftKey,
}: {
  action: (form: FormData) => Promise<ActionResult<T>>;
  /** What the message is about: `{ messageId }` for an answer, `{ dossierId }` for a new message. */
  hidden: Record<string, string>;
  defaultSubject?: string;
  uploadSteps: UploadSteps;
  attachmentsLabel: string;
  sentMessage: string;
  onSent?: (sent: T) => void;
  fields?: ComposerFields;
  /** Keeps what is typed and attached in this tab's memory under this key (components/messages/drafts.ts). */
  draftKey?: string;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const [composeKey, setComposeKey] = useState(() => crypto.randomUUID());
  const [removing, setRemoving] = useState<string | null>(null);
  // Controlled, so what was typed survives a refused attempt (React resets uncontrolled fields after an action).
  const draft = draftKey ? readDraft(draftKey) : undefined;
  const [subject, setSubject] = useState(draft?.subject || defaultSubject);
  const [body, setBody] = useState(draft?.body ?? "");
  const [attachments, setAttachments] = useState<VerifiedFile[]>(draft?.attachments ?? []);
  useEffect(() => {
    // The prefilled subject ("Re: …") alone is not a draft.
    if (draftKey) saveDraft(draftKey, { subject: subject === defaultSubject ? "" : subject, body, attachments });
  }, [draftKey, defaultSubject, subject, body, attachments]);
  const [sent, setSent] = useState(false);
  const form = useActionForm(action, {
    onSuccess: (sent) => {
      // Sent, it is no draft any more, also when onSent moves to another page before this form renders again.
      if (draftKey) deleteDraft(draftKey);
      setSubject(defaultSubject);
      setBody("");
      setAttachments([]); // the sent files now belong to the message
      setComposeKey(crypto.randomUUID());
      setSent(true);
      onSent?.(sent);
    },
  });
  const fieldErrors = form.state && !form.state.ok ? (form.state.fieldErrors ?? {}) : {};
  // An attachment refused while sending (e.g. removed in another tab) is named by its position.
  const attachmentError = Object.entries(fieldErrors).find(([field]) => field.startsWith("uploads"));

  return (
    <form action={form.formAction} onSubmit={() => setSent(false)} className="flex flex-col gap-4" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="composeKey" value={composeKey} />
      {attachments.map((file) => (
        <input key={file.uploadId} type="hidden" name="uploadIds" value={file.uploadId} />
      ))}
      {form.formError ? <FormAlert>{form.formError}</FormAlert> : null}
      {fields?.({ fieldError: form.fieldError })}
      <Field
        label={t("messages.subject")}
        name="subject"
        required
        maxLength={MAX_SUBJECT_LENGTH}
        value={subject}
        onChange={(event) => setSubject(event.target.value)}
        error={form.fieldError("subject")}
      />
      <TextareaField
        label={t("messages.body")}
        name="body"
        rows={8}
        maxLength={MAX_BODY_LENGTH}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={form.fieldError("body")}
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-medium">{attachmentsLabel}</legend>
        {attachments.length > 0 ? (
          <ul aria-label={attachmentsLabel} className="flex flex-col divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
            {attachments.map((file) => (
              <li key={file.uploadId} className="flex items-center gap-3 px-3 py-1">
                <span className="min-w-0 flex-1 break-all">
                  {file.fileName} <span className="text-sm text-slate-700">({formatFileSize(file.size, locale)})</span>
                </span>
                <button
                  type="button"
                  disabled={form.pending || removing === file.uploadId}
                  onClick={async () => {
                    setRemoving(file.uploadId);
                    const result = await uploadSteps.discardUpload?.(file.uploadId).catch(() => null);
                    setRemoving(null);
                    // Already gone from storage or not: either way it no longer goes with this message.
                    if (result === undefined || result?.ok || result?.code === "errors.not_found") {
                      setAttachments((current) => current.filter((candidate) => candidate.uploadId !== file.uploadId));
                    }
                  }}
                  className="inline-flex size-11 shrink-0 items-center justify-center rounded-lg text-slate-700 hover:bg-slate-100"
                  aria-label={t("uploads.remove_named", { name: file.fileName })}
                >
                  <Icon name="x" className="size-5" />
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <div>
          <AttachmentDialog
            uploadSteps={uploadSteps}
            maxFiles={MAX_FILES_PER_MESSAGE - attachments.length}
            disabled={form.pending}
            onAdd={(files) => setAttachments((current) => [...current, ...files])}
          />
        </div>
        {attachmentError ? (
          <p className="text-sm text-red-700">
            {attachmentError[0] === "uploadIds"
              ? t(attachmentError[1])
              : t("messages.attachment_failed", { number: Number(attachmentError[0].split(".")[1] ?? 0) + 1 })}
          </p>
        ) : null}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={form.pending} aria-busy={form.pending}>
          {form.pending ? t("messages.sending") : t("messages.send")}
        </Button>
        <p role="status" className="text-green-800 empty:hidden">
          {sent ? sentMessage : null}
        </p>
      </div>
    </form>
  );
}
