"use client";

import { useTranslations } from "next-intl";
import { MessageComposer } from "@/components/messages/message-composer";
import { replyToMessageAction } from "@/lib/messages/actions";
import { replySubject } from "@/lib/messages/subject";
import { dossierUploadSteps } from "@/components/uploads/dossier-upload-steps";

/**
 * Beantwoorden under a thread: "Re: <subject>" prefilled; the answer appears in the thread after sending. What is
 * written stays as a draft in this tab when the staff member moves to another page and back.
 */
export function ReplyForm({ messageId, dossierId, subject }: { messageId: string; dossierId: string; subject: string }) {
  const t = useTranslations("admin_messages.reply");
  return (
    <MessageComposer
      action={replyToMessageAction}
      hidden={{ messageId }}
      draftKey={`reply:${messageId}`}
      defaultSubject={replySubject(subject)}
      uploadSteps={dossierUploadSteps(dossierId)}
      attachmentsLabel={t("attachments")}
      sentMessage={t("sent")}
    />
  );
}
