"use client";

import { Icon } from "@/components/ui/icon";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { LazyMessageComposer } from "@/components/messages/lazy-message-composer";
import { Button } from "@/components/ui/button";
import { replyToMessageAction } from "@/lib/messages/actions";
import { replySubject } from "@/lib/messages/subject";
import { dossierUploadSteps } from "@/components/uploads/dossier-upload-steps";
import { hasContent, readDraft } from "@/components/messages/drafts";

/**
 * Beantwoorden under an opened message: the composer with "Re: <subject>", shown when the client asks for it.
 * When the answer starts a conversation of its own (docs/authorization.md, "Message audience") the page moves there.
 */
export function ClientReply({ messageId, dossierId, subject }: { messageId: string; dossierId: string; subject: string }) {
  const t = useTranslations("client_messages");
  const tMessages = useTranslations("messages");
  const draftKey = `reply:${messageId}`;
  // An answer begun earlier in this tab (components/messages/drafts.ts) is open again with what was written.
  const [open, setOpen] = useState(() => hasContent(readDraft(draftKey)));
  const [sent, setSent] = useState(false);
  const router = useRouter();
  if (!open) {
    return (
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="button"
          onClick={() => {
            setOpen(true);
            setSent(false);
          }}
        >
          <Icon name="reply" className="size-5" />
          {t("reply")}
        </Button>
        <p role="status" className="text-green-800 empty:hidden">
          {sent ? t("reply_sent") : null}
        </p>
      </div>
    );
  }
  return (
    <section aria-labelledby="reply-heading" className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="reply-heading" className="text-xl font-semibold">
        {t("reply")}
      </h2>
      <LazyMessageComposer
        action={replyToMessageAction}
        hidden={{ messageId }}
        draftKey={draftKey}
        defaultSubject={replySubject(subject)}
        uploadSteps={dossierUploadSteps(dossierId)}
        attachmentsLabel={tMessages("attachments")}
        sentMessage={t("reply_sent")}
        onSent={(reply) => {
          setOpen(false);
          setSent(true);
          // An answer to a message for several clients is a conversation between this client and the office.
          if (reply.newConversation) router.push(`/messages/${reply.id}`);
        }}
      />
    </section>
  );
}
