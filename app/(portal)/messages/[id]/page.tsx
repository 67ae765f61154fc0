import { Icon } from "@/components/ui/icon";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MessageThread } from "@/components/messages/message-thread";
import { ClientReply } from "@/components/portal/client-reply";
import { deniedNotFound } from "@/lib/audit/denied";
import { requireClient } from "@/lib/auth/viewer";
import { getMessage } from "@/lib/messages/queries";
import { AreaIntlProvider } from "@/components/i18n/area-intl-provider";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("client_messages"))("title") };
}

/** One message with its thread, as the client sees it; opening it marks it read for this client. */
export default async function ClientMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireClient();
  const { id } = await params;
  const thread = await getMessage({ viewer, messageId: id, markRead: true });
  if (!thread) return deniedNotFound(viewer, { type: "message", id });
  const t = await getTranslations("client_messages");
  return (
    <AreaIntlProvider area="portal.messages">
      <div className="flex flex-col gap-6">
        <Link
          href={`/dossiers/${thread.dossier.id}/messages`}
          className="inline-flex min-h-11 w-fit items-center gap-2 text-slate-700 hover:underline"
        >
          <Icon name="arrow-left" className="size-5" />
          {t("back", { title: thread.dossier.title })}
        </Link>
        <h1 className="break-words text-2xl font-semibold">{thread.subject}</h1>
        <MessageThread thread={thread} />
        <ClientReply messageId={thread.id} dossierId={thread.dossier.id} subject={thread.subject} />
      </div>
    </AreaIntlProvider>
  );
}
