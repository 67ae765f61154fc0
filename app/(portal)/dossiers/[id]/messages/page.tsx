import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConversationList } from "@/components/messages/conversation-list";
import { ClientNewMessage } from "@/components/portal/client-new-message";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireClient } from "@/lib/auth/viewer";
import { getDossierForClient } from "@/lib/dossiers/queries";
import { listDossierConversations } from "@/lib/messages/conversations";
import { pageRequest } from "@/lib/pagination";
import { AreaIntlProvider } from "@/components/i18n/area-intl-provider";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Berichten: the dossier's conversations this client takes part in, newest activity first. */
export default async function ClientMessagesPage({ params, searchParams }: Props) {
  const viewer = await requireClient();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [dossier, list, t] = await Promise.all([
    getDossierForClient({ viewer, dossierId: id }),
    listDossierConversations({ viewer, dossierId: id, page: pageRequest(query.page) }),
    getTranslations("client_messages"),
  ]);
  if (!dossier || !list) notFound();
  return (
    <AreaIntlProvider area="portal.messages">
      <section aria-labelledby="messages-heading" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="messages-heading" className="text-xl font-semibold">
            {t("title")}
          </h2>
          <ClientNewMessage dossierId={dossier.id} />
        </div>
        {list.items.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <ConversationList conversations={list.items} messageHref={(messageId) => `/messages/${messageId}`} />
        )}
        <Pagination page={list.page} pageCount={list.pageCount} basePath={`/dossiers/${dossier.id}/messages`} />
      </section>
    </AreaIntlProvider>
  );
}
