import { Paperclip } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";
import type { DossierMessage } from "@/lib/messages/queries";
import { DirectionLabel } from "./direction-label";
import { MessageDate } from "./message-date";

/**
 * The Berichten tab's list: incoming and outgoing together, newest first. `messageHref` is where a row opens
 * (the staff and the client area each have their own message page).
 */
export async function DossierMessageList({
  messages,
  messageHref,
}: {
  messages: DossierMessage[];
  messageHref: (id: string) => string;
}) {
  const t = await getTranslations("messages");
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full text-left">
        <thead className="border-b border-slate-200 bg-slate-50 text-sm text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">
              {t("columns.subject")}
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              {t("columns.direction")}
            </th>
            <th scope="col" className="hidden px-4 py-3 font-medium sm:table-cell">
              {t("columns.from")}
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              {t("columns.date")}
            </th>
            <th scope="col" className="hidden px-4 py-3 font-medium md:table-cell">
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
                    href={messageHref(message.id)}
                    prefetch={false}
                    className={cn(
                      "inline-flex min-h-11 items-center break-words text-brand underline-offset-2 hover:underline",
                      message.unread && "font-semibold",
                    )}
                  >
                    {message.subject}
                  </Link>
                  {message.unread ? <Badge tone="info">{t("unread")}</Badge> : null}
                </div>
              </td>
              <td className="whitespace-nowrap px-4 py-2 text-sm">
                <DirectionLabel direction={message.direction} />
              </td>
              <td className="hidden px-4 py-2 sm:table-cell">{message.authorName}</td>
              <td className="whitespace-nowrap px-4 py-2 text-sm text-slate-700">
                <MessageDate date={message.createdAt} />
              </td>
              <td className="hidden px-4 py-2 text-sm text-slate-700 md:table-cell">
                {message.attachmentCount > 0 ? (
                  <span className="inline-flex items-center gap-1">
                    <Paperclip aria-hidden className="size-4" />
                    {t("attachment_count", { count: message.attachmentCount })}
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
