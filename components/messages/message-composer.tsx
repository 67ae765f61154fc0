"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FileUploader, type UploadSteps, type VerifiedFile } from "@/components/uploads/file-uploader";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/safe-action";
import { MAX_BODY_LENGTH, MAX_SUBJECT_LENGTH } from "@/lib/messages/schema";

/**
 * Subject, body and attachments, then Versturen: the form behind Beantwoorden and Nieuw bericht, for staff and
 * clients (each passes its own send action and upload steps). Attachments are uploaded first (the green
 * button); the verified ones go with the message as hidden `uploadIds`.
 */
export function MessageComposer({
  action,
  hidden,
  defaultSubject = "",
  uploadSteps,
  attachmentsLabel,
  sentMessage,
  onSent,
}: {
  action: (form: FormData) => Promise<ActionResult<{ id: string }>>;
  /** What the message is about: `{ messageId }` for an answer, `{ dossierId }` for a new message. */
  hidden: Record<string, string>;
  defaultSubject?: string;
  uploadSteps: UploadSteps;
  attachmentsLabel: string;
  sentMessage: string;
  onSent?: () => void;
}) {
  const t = useTranslations();
  // Controlled, so what was typed survives a refused attempt (React resets uncontrolled fields after an action).
  const [subject, setSubject] = useState(defaultSubject);
  const [body, setBody] = useState("");
  const [attachments, setAttachments] = useState<VerifiedFile[]>([]);
  const [uploaderKey, setUploaderKey] = useState(0);
  const [sent, setSent] = useState(false);
  const form = useActionForm(action, {
    onSuccess: () => {
      setSubject(defaultSubject);
      setBody("");
      setAttachments([]);
      setUploaderKey((key) => key + 1); // the sent files now belong to the message: start the uploader empty
      setSent(true);
      onSent?.();
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
      {attachments.map((file) => (
        <input key={file.uploadId} type="hidden" name="uploadIds" value={file.uploadId} />
      ))}
      {form.formError ? <FormAlert>{form.formError}</FormAlert> : null}
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
        required
        rows={8}
        maxLength={MAX_BODY_LENGTH}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={form.fieldError("body")}
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-medium">{attachmentsLabel}</legend>
        <FileUploader key={uploaderKey} {...uploadSteps} onChange={setAttachments} disabled={form.pending} />
        {attachmentError ? (
          <p className="text-sm text-red-700">
            {attachmentError[0] === "uploadIds"
              ? t(attachmentError[1] as never)
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
