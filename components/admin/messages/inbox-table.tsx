import { Icon } from "@/components/ui/icon";
import { getTranslations } from "next-intl/server";
import { MessageDate } from "@/components/messages/message-date";
import { getMessageLabels } from "@/components/messages/message-labels";
import { MessageSubjectLink } from "@/components/messages/message-subject-link";
import { DataTable } from "@/components/ui/data-table";
import type { InboxMessage } from "@/lib/messages/queries";

/** The office inbox: one row per client message, unread ones in bold with a marker. */
export async function InboxTable({ messages }: { messages: InboxMessage[] }) {
  const [t, labels] = await Promise.all([getTranslations("admin_messages"), getMessageLabels()]);
  return (
    <DataTable
      columns={[
        { label: t("columns.subject") },
        { label: t("columns.client") },
        { label: t("columns.dossier") },
        { label: t("columns.date") },
        { label: t("columns.attachments"), className: "hidden sm:table-cell" },
      ]}
    >
      {messages.map((message) => (
        <tr key={message.id} className={message.unread ? "bg-blue-50/40" : undefined}>
          <td className="min-w-56 px-4 py-2">
            <MessageSubjectLink href={`/admin/messages/${message.id}`} subject={message.subject} unread={message.unread} labels={labels} />
            <p className="pb-1 text-sm text-slate-700">{labels.audience(message.audience)}</p>
          </td>
          <td className="min-w-32 px-4 py-2">{message.clientName}</td>
          <td className="px-4 py-2">
            <span className="block text-sm text-slate-700">{message.dossier.reference}</span>
            <span className="block break-words">{message.dossier.title}</span>
          </td>
          <td className="whitespace-nowrap px-4 py-2 text-sm text-slate-700">
            <MessageDate date={message.createdAt} labels={labels} />
          </td>
          <td className="hidden px-4 py-2 text-sm text-slate-700 sm:table-cell">
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
