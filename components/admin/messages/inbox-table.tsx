import { Paperclip } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MessageDate } from "@/components/messages/message-date";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";
import type { InboxMessage } from "@/lib/messages/queries";

/** The office inbox: one row per client message, unread ones in bold with a marker. */
export async function InboxTable({ messages }: { messages: InboxMessage[] }) {
  const [t, tMessages] = await Promise.all([getTranslations("admin_messages"), getTranslations("messages")]);
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full text-left">
        <thead className="border-b border-slate-200 bg-slate-50 text-sm text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">
              {t("columns.subject")}
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              {t("columns.client")}
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              {t("columns.dossier")}
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              {t("columns.date")}
            </th>
            <th scope="col" className="hidden px-4 py-3 font-medium sm:table-cell">
              {t("columns.attachments")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {messages.map((message) => (
            <tr key={message.id} className={message.unread ? "bg-blue-50/40" : undefined}>
              <td className="min-w-56 px-4 py-2">
                <div className="flex flex-wrap items-center gap-x-2">
                  {/* Opening marks the message read: fetch the page only when someone really opens it. */}
                  <Link
                    href={`/admin/messages/${message.id}`}
                    prefetch={false}
                    className={cn(
                      "inline-flex min-h-11 items-center break-words text-brand underline-offset-2 hover:underline",
                      message.unread && "font-semibold",
                    )}
                  >
                    {message.subject}
                  </Link>
                  {message.unread ? <Badge tone="info">{tMessages("unread")}</Badge> : null}
                </div>
              </td>
              <td className="min-w-32 px-4 py-2">{message.clientName}</td>
              <td className="px-4 py-2">
                <span className="block text-sm text-slate-700">{message.dossier.reference}</span>
                <span className="block break-words">{message.dossier.title}</span>
              </td>
              <td className="whitespace-nowrap px-4 py-2 text-sm text-slate-700">
                <MessageDate date={message.createdAt} />
              </td>
              <td className="hidden px-4 py-2 text-sm text-slate-700 sm:table-cell">
                {message.attachmentCount > 0 ? (
                  <span className="inline-flex items-center gap-1">
                    <Paperclip aria-hidden className="size-4" />
                    {tMessages("attachment_count", { count: message.attachmentCount })}
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
