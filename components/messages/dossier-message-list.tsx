import { Icon } from "@/components/ui/icon";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { DossierMessage } from "@/lib/messages/queries";
import { DirectionLabel } from "./direction-label";
import { MessageDate } from "./message-date";
import { getMessageLabels } from "./message-labels";
import { MessageSubjectLink } from "./message-subject-link";

/**
 * The Berichten tab's list: incoming and outgoing together, newest first. `messageHref` is where a row opens
 * (the staff and the client area each have their own message page). Staff also see who each is for.
 */
export async function DossierMessageList({ messages, messageHref }: { messages: DossierMessage[]; messageHref: (id: string) => string }) {
  const [t, labels] = await Promise.all([getTranslations("messages"), getMessageLabels()]);
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
            <MessageSubjectLink href={messageHref(message.id)} subject={message.subject} unread={message.unread} labels={labels} />
            {message.audience ? <p className="pb-1 text-sm text-slate-700">{labels.audience(message.audience)}</p> : null}
            {/* On a phone the row stacks: direction and date under the subject instead of in their own columns. */}
            <p className="flex flex-wrap gap-x-3 pb-1 text-sm text-slate-700 sm:hidden">
              <DirectionLabel direction={message.direction} labels={labels} />
              <MessageDate date={message.createdAt} labels={labels} />
            </p>
          </td>
          <td className="hidden whitespace-nowrap px-4 py-2 text-sm sm:table-cell">
            <DirectionLabel direction={message.direction} labels={labels} />
          </td>
          <td className="hidden px-4 py-2 sm:table-cell">{message.authorName}</td>
          <td className="hidden whitespace-nowrap px-4 py-2 text-sm text-slate-700 sm:table-cell">
            <MessageDate date={message.createdAt} labels={labels} />
          </td>
          <td className="hidden px-4 py-2 text-sm text-slate-700 md:table-cell">
            {message.attachmentCount > 0 ? (
              <span className="inline-flex items-center gap-1">
                <Icon name="paperclip" className="size-4" />
                {labels.attachmentCount(message.attachmentCount)}
              </span>
            ) : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
