import { Paperclip } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { DossierMessage } from "@/lib/messages/queries";
import { AudienceText } from "./audience-text";
import { DirectionLabel } from "./direction-label";
import { MessageDate } from "./message-date";
import { MessageSubjectLink } from "./message-subject-link";

/**
 * The Berichten tab's list: incoming and outgoing together, newest first. `messageHref` is where a row opens
 * (the staff and the client area each have their own message page). Staff also see who each is for.
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
    <DataTable
      columns={[
        { label: t("columns.subject") },
        { label: t("columns.direction"), className: "hidden sm:table-cell" },
        { label: t("columns.from"), className: "hidden sm:table-cell" },
        { label: t("columns.date"), className: "hidden sm:table-cell" },
        { label: t("columns.attachments"), className: "hidden md:table-cell" },
      ]}
    >
      {messages.map((message) => (
        <tr key={message.id} className={message.unread ? "bg-blue-50/40" : undefined}>
          <td className="min-w-56 px-4 py-2">
            <MessageSubjectLink href={messageHref(message.id)} subject={message.subject} unread={message.unread} />
            {message.audience ? (
              <p className="pb-1 text-sm text-slate-700">
                <AudienceText audience={message.audience} />
              </p>
            ) : null}
            {/* On a phone the row stacks: direction and date under the subject instead of in their own columns. */}
            <p className="flex flex-wrap gap-x-3 pb-1 text-sm text-slate-700 sm:hidden">
              <DirectionLabel direction={message.direction} />
              <MessageDate date={message.createdAt} />
            </p>
          </td>
          <td className="hidden whitespace-nowrap px-4 py-2 text-sm sm:table-cell">
            <DirectionLabel direction={message.direction} />
          </td>
          <td className="hidden px-4 py-2 sm:table-cell">{message.authorName}</td>
          <td className="hidden whitespace-nowrap px-4 py-2 text-sm text-slate-700 sm:table-cell">
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
    </DataTable>
  );
}
