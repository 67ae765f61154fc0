import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";
import type { MessageThread as Thread } from "@/lib/messages/queries";
import { AttachmentList } from "./attachment-list";
import { DirectionLabel } from "./direction-label";
import { MessageBody } from "./message-body";
import { MessageDate } from "./message-date";
import { getMessageLabels } from "./message-labels";

/**
 * A conversation from its first message down, the opened one outlined; for staff and clients alike. A
 * conversation a client started by answering a message to several clients shows that message first, marked.
 */
export async function MessageThread({ thread }: { thread: Thread }) {
  const [t, labels] = await Promise.all([getTranslations("messages"), getMessageLabels()]);
  return (
    <ol aria-label={t("thread_label")} className="flex flex-col gap-4">
      {thread.messages.map((message) => (
        <li key={message.id}>
          <article
            aria-labelledby={`message-${message.id}`}
            aria-current={message.id === thread.id ? "true" : undefined}
            className={cn(
              "flex flex-col gap-3 rounded-xl border p-4",
              message.direction === "outgoing" ? "bg-slate-50 sm:ml-10" : "bg-white sm:mr-10",
              message.id === thread.id ? "border-brand ring-1 ring-brand" : "border-slate-200",
            )}
          >
            <header className="flex flex-col gap-1">
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                <DirectionLabel direction={message.direction} labels={labels} />
                <span className="text-slate-700">
                  <MessageDate date={message.createdAt} labels={labels} />
                </span>
                {message.direction === "incoming" && message.unread ? <Badge tone="info">{t("unread")}</Badge> : null}
                {message.answered ? <Badge tone="neutral">{t("answered_message")}</Badge> : null}
                {message.readByOffice ? <Badge tone="success">{t("read_by_office")}</Badge> : null}
              </div>
              <h2 id={`message-${message.id}`} className="break-words text-lg font-semibold">
                {message.subject}
              </h2>
              <p className="text-slate-700">{t("written_by", { name: message.authorName })}</p>
            </header>
            <MessageBody body={message.body} />
            {message.attachments.length > 0 ? <AttachmentList attachments={message.attachments} /> : null}
          </article>
        </li>
      ))}
    </ol>
  );
}
