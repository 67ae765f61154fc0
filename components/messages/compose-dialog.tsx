"use client";

import { Icon } from "@/components/ui/icon";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { UploadSteps } from "@/components/uploads/file-uploader";
import type { ActionResult } from "@/lib/core/errors";
import { deleteDraft, hasContent, readDraft } from "./drafts";
import { LazyMessageComposer } from "./lazy-message-composer";
import type { ComposerFields } from "./message-composer";

// The dialog (Radix: focus trap, scroll lock) is loaded when someone is about to open it, not with the Berichten
// tab: most visits only read (issue 12's first-load JavaScript budget).
const loadDialog = () => import("@/components/ui/dialog").then((module) => module.Dialog);
const LazyDialog = dynamic(loadDialog, { ssr: false });

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
  const [everOpened, setEverOpened] = useState(false);
  const [sent, setSent] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const draftKey = `new-message:${dossierId}`;
  const show = (next: boolean) => {
    // Closing (Esc, a tap outside, the cross) with something written or attached asks first.
    if (!next && !confirming && hasContent(readDraft(draftKey))) return setConfirming(true);
    setConfirming(false);
    setOpen(next);
    if (next) {
      setEverOpened(true);
      setSent(false);
    }
  };
  const discardDraft = async () => {
    const draft = readDraft(draftKey);
    deleteDraft(draftKey);
    setConfirming(false);
    setOpen(false);
    // The uploaded attachments go too, rather than wait for the hourly clean-up.
    await Promise.all((draft?.attachments ?? []).map((file) => uploadSteps.discardUpload?.(file.uploadId).catch(() => undefined)));
  };
  return (
    <>
      <Button
        ref={opener}
        type="button"
        padding={compactOnPhone ? "compact-on-phone" : "normal"}
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        onClick={() => show(true)}
      >
        <Icon name="plus" className="size-5" />
        <span className={compactOnPhone ? "sr-only sm:not-sr-only" : undefined}>{label}</span>
      </Button>
      {everOpened ? (
        <LazyDialog open={open} onOpenChange={show} title={title} description={description} returnFocusTo={opener}>
          {confirming ? (
            <div
              role="alertdialog"
              aria-labelledby="draft-question"
              aria-describedby="draft-explanation"
              className="mb-4 flex flex-col gap-3 rounded-xl border border-amber-300 bg-amber-50 p-4"
            >
              <p id="draft-question" className="font-semibold">
                {t("draft_title")}
              </p>
              <p id="draft-explanation" className="text-slate-800">
                {t("draft_text")}
              </p>
              <div className="flex flex-wrap gap-2">
                <Button type="button" variant="danger" onClick={() => void discardDraft()}>
                  {t("draft_delete")}
                </Button>
                <Button type="button" variant="secondary" onClick={() => show(false)}>
                  {t("draft_keep")}
                </Button>
                <Button type="button" variant="secondary" autoFocus onClick={() => setConfirming(false)}>
                  {t("draft_continue")}
                </Button>
              </div>
            </div>
          ) : null}
          <LazyMessageComposer
            draftKey={draftKey}
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
        </LazyDialog>
      ) : null}
      <p role="status" className="basis-full text-green-800 empty:hidden">
        {sent ? sentMessage : null}
      </p>
    </>
  );
}
