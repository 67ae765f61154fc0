import { getTranslations } from "next-intl/server";
import { MessageDate } from "@/components/messages/message-date";
import { getMessageLabels } from "@/components/messages/message-labels";
import { MessageSubjectLink } from "@/components/messages/message-subject-link";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import type { Conversation } from "@/lib/messages/conversations";

/** The office inbox: one row per conversation with clients, its state (open or answered) and who has taken it. */
export async function InboxTable({ conversations }: { conversations: Conversation[] }) {
  const [t, tMessages, labels] = await Promise.all([getTranslations("admin_messages"), getTranslations("messages"), getMessageLabels()]);
  return (
    <DataTable
      columns={[
        { label: t("columns.subject") },
        { label: t("columns.client") },
        { label: t("columns.dossier") },
        { label: t("columns.date") },
        { label: t("columns.state") },
        { label: t("columns.assigned"), className: "hidden md:table-cell" },
      ]}
    >
      {conversations.map((conversation) => (
        <tr key={conversation.id} className={conversation.unreadCount > 0 ? "bg-blue-50/40" : undefined}>
          <td className="min-w-56 px-4 py-2">
            <MessageSubjectLink
              href={`/admin/messages/${conversation.lastMessage.id}`}
              subject={conversation.subject}
              unreadCount={conversation.unreadCount}
              labels={labels}
            />
            {conversation.audience ? <p className="pb-1 text-sm text-slate-700">{labels.audience(conversation.audience)}</p> : null}
            <p className="pb-1 text-sm text-slate-700">{tMessages("conversation_count", { count: conversation.messageCount })}</p>
          </td>
          <td className="min-w-32 px-4 py-2">{conversation.participants.join(", ")}</td>
          <td className="px-4 py-2">
            <span className="block text-sm text-slate-700">{conversation.dossier.reference}</span>
            <span className="block break-words">{conversation.dossier.title}</span>
          </td>
          <td className="whitespace-nowrap px-4 py-2 text-sm text-slate-700">
            <MessageDate date={conversation.lastMessage.createdAt} labels={labels} />
          </td>
          <td className="px-4 py-2">
            {conversation.state === "open" ? (
              <Badge tone="warning">{t("state_open")}</Badge>
            ) : (
              <Badge tone="success">{t("state_answered")}</Badge>
            )}
          </td>
          <td className="hidden px-4 py-2 md:table-cell">{conversation.assignedTo ?? t("nobody")}</td>
        </tr>
      ))}
    </DataTable>
  );
}
