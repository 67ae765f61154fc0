import { AreaIntlProvider } from "@/components/i18n/area-intl-provider";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientTable } from "@/components/admin/clients/client-table";
import { NewClientDialog } from "@/components/admin/clients/new-client-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { requireStaff } from "@/lib/auth/viewer";
import { listClients } from "@/lib/clients/queries";
import { pageRequest, searchTerm } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin_clients"))("title") };
}

export default async function AdminClientsPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[]; page?: string | string[] }>;
}) {
  const viewer = await requireStaff();
  const params = await searchParams;
  const q = searchTerm(params.q)?.text;
  const [t, clients] = await Promise.all([getTranslations("admin_clients"), listClients({ viewer, q, request: pageRequest(params.page) })]);
  return (
    <AreaIntlProvider area="admin.clients">
      <div className="flex flex-col gap-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <NewClientDialog />
        <SearchForm action="/admin/clients" query={q} label={t("search_label")} />
        {clients.total === 0 ? (
          <EmptyState>{q ? t("no_results", { q }) : t("empty")}</EmptyState>
        ) : (
          <>
            <p className="text-slate-700" aria-live="polite">
              {t("total", { total: clients.total })}
            </p>
            <ClientTable clients={clients.items} />
            <Pagination page={clients.page} pageCount={clients.pageCount} basePath="/admin/clients" params={{ q }} />
          </>
        )}
      </div>
    </AreaIntlProvider>
  );
}
