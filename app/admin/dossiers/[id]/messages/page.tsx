import { AreaIntlProvider } from "@/components/i18n/area-intl-provider";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NewMessageDialog } from "@/components/admin/messages/new-message-dialog";
import { ConversationList } from "@/components/messages/conversation-list";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireStaff } from "@/lib/auth/viewer";
import { getDossierForStaff } from "@/lib/dossiers/queries";
import { listDossierConversations } from "@/lib/messages/conversations";
import { pageRequest } from "@/lib/pagination";

export default async function DossierMessagesPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireStaff();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [dossier, list, t] = await Promise.all([
    getDossierForStaff({ viewer, dossierId: id }),
    listDossierConversations({ viewer, dossierId: id, page: pageRequest(query.page) }),
    getTranslations("admin_messages.tab"),
  ]);
  if (!dossier || !list) notFound();
  return (
    <AreaIntlProvider area="admin.messages">
      <section aria-labelledby="messages-heading" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="messages-heading" className="text-xl font-semibold">
            {t("title")}
          </h2>
          <NewMessageDialog dossierId={dossier.id} clients={dossier.clients.map(({ id, name }) => ({ id, name }))} />
        </div>
        {list.items.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <ConversationList conversations={list.items} messageHref={(messageId) => `/admin/messages/${messageId}`} />
        )}
        <Pagination page={list.page} pageCount={list.pageCount} basePath={`/admin/dossiers/${dossier.id}/messages`} />
      </section>
    </AreaIntlProvider>
  );
}
