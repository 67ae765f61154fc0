import { AreaIntlProvider } from "@/components/i18n/area-intl-provider";
import { Icon } from "@/components/ui/icon";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReplyForm } from "@/components/admin/messages/reply-form";
import { getMessageLabels } from "@/components/messages/message-labels";
import { MessageThread } from "@/components/messages/message-thread";
import { requireStaff } from "@/lib/auth/viewer";
import { getMessage } from "@/lib/messages/queries";
import { getConversationAssignee } from "@/lib/messages/assignment";
import { AssignmentForm } from "@/components/admin/messages/assignment-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin_messages"))("title") };
}

export default async function MessagePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireStaff();
  const { id } = await params;
  const thread = await getMessage({ viewer, messageId: id, markRead: true });
  if (!thread) notFound();
  // Opening is reading: for this staff member only; colleagues keep their own unread marks.
  const [t, labels, assignee] = await Promise.all([
    getTranslations("admin_messages"),
    getMessageLabels(),
    getConversationAssignee({ viewer, conversationId: thread.conversationId }),
  ]);
  return (
    <AreaIntlProvider area="admin.messages">
      <div className="flex flex-col gap-6">
        <Link href="/admin/messages" className="inline-flex min-h-11 w-fit items-center gap-2 text-slate-700 hover:underline">
          <Icon name="arrow-left" className="size-5" />
          {t("back")}
        </Link>
        <div className="flex flex-col gap-1">
          <h1 className="break-words text-2xl font-semibold">{thread.subject}</h1>
          <Link
            href={`/admin/dossiers/${thread.dossier.id}/messages`}
            className="inline-flex min-h-11 w-fit items-center break-words text-brand underline-offset-2 hover:underline"
          >
            {t("dossier", { reference: thread.dossier.reference, title: thread.dossier.title })}
          </Link>
          {thread.audience ? <p className="text-slate-700">{labels.audience(thread.audience)}</p> : null}
        </div>
        <AssignmentForm messageId={thread.id} assignee={assignee?.name ?? null} mine={assignee?.id === viewer.userId} />
        <MessageThread thread={thread} />
        <section aria-labelledby="reply-heading" className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="reply-heading" className="text-xl font-semibold">
            {t("reply.title")}
          </h2>
          {/* An answer stays in this conversation: it goes to the same people. */}
          {thread.audience ? <p className="text-slate-700">{labels.audience(thread.audience)}</p> : null}
          <ReplyForm messageId={thread.id} dossierId={thread.dossier.id} subject={thread.subject} />
        </section>
      </div>
    </AreaIntlProvider>
  );
}
