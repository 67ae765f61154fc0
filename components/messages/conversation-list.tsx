import { getTranslations } from "next-intl/server";
import { Icon } from "@/components/ui/icon";
import { DataTable } from "@/components/ui/data-table";
import type { Conversation } from "@/lib/messages/conversations";
import { DirectionLabel } from "./direction-label";
import { MessageDate } from "./message-date";
import { getMessageLabels } from "./message-labels";
import { MessageSubjectLink } from "./message-subject-link";

/**
 * The Berichten tab's list, for clients and staff: one row per conversation, newest activity first, with who
 * wrote in it, its latest message and how many messages are unread. A row opens the conversation at its newest
 * message (`messageHref`: the staff and the client area each have their own page). Staff also see who it is for.
 */
export async function ConversationList({
  conversations,
  messageHref,
}: {
  conversations: Conversation[];
  messageHref: (id: string) => string;
}) {
  const [t, labels] = await Promise.all([getTranslations("messages"), getMessageLabels()]);
  return (
    <DataTable
      columns={[
        { label: t("conversation_columns.subject") },
        { label: t("conversation_columns.participants"), className: "hidden sm:table-cell" },
        { label: t("conversation_columns.last"), className: "hidden sm:table-cell" },
        { label: t("conversation_columns.messages"), className: "hidden md:table-cell" },
      ]}
    >
      {conversations.map((conversation) => {
        const last = conversation.lastMessage;
        return (
          <tr key={conversation.id} className={conversation.unreadCount > 0 ? "bg-blue-50/40" : undefined}>
            <td className="min-w-56 px-4 py-2">
              <MessageSubjectLink
                href={messageHref(last.id)}
                subject={conversation.subject}
                unreadCount={conversation.unreadCount}
                labels={labels}
              />
              {conversation.audience ? <p className="pb-1 text-sm text-slate-700">{labels.audience(conversation.audience)}</p> : null}
              {/* On a phone the row stacks: who and when under the subject instead of in their own columns. */}
              <p className="flex flex-wrap gap-x-3 pb-1 text-sm text-slate-700 sm:hidden">
                <DirectionLabel direction={last.direction} labels={labels} />
                <MessageDate date={last.createdAt} labels={labels} />
                <span>{t("conversation_count", { count: conversation.messageCount })}</span>
              </p>
            </td>
            <td className="hidden px-4 py-2 sm:table-cell">{conversation.participants.join(", ")}</td>
            <td className="hidden px-4 py-2 text-sm sm:table-cell">
              <span className="flex flex-col">
                <DirectionLabel direction={last.direction} labels={labels} />
                <span className="whitespace-nowrap text-slate-700">
                  <MessageDate date={last.createdAt} labels={labels} />
                </span>
              </span>
            </td>
            <td className="hidden whitespace-nowrap px-4 py-2 text-sm text-slate-700 md:table-cell">
              <span className="block">{t("conversation_count", { count: conversation.messageCount })}</span>
              {conversation.attachmentCount > 0 ? (
                <span className="inline-flex items-center gap-1">
                  <Icon name="paperclip" className="size-4" />
                  {labels.attachmentCount(conversation.attachmentCount)}
                </span>
              ) : null}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
