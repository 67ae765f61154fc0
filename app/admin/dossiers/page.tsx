import { Icon } from "@/components/ui/icon";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DossierTable } from "@/components/admin/dossiers/dossier-table";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { SelectField } from "@/components/ui/select-field";
import { requireStaff } from "@/lib/auth/viewer";
import { listDossiersForStaff } from "@/lib/dossiers/queries";
import { dossierStatusFilter, statusFilterOf } from "@/lib/dossiers/schema";
import { pageRequest, searchTerm } from "@/lib/pagination";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin_dossiers"))("title") };
}

export default async function AdminDossiersPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireStaff();
  const params = await searchParams;
  const query = searchTerm(params.q)?.text;
  const status = statusFilterOf(params.status);
  const [t, list] = await Promise.all([
    getTranslations("admin_dossiers"),
    listDossiersForStaff({ viewer, query, status, page: pageRequest(params.page) }),
  ]);
  const filtered = Boolean(query) || status !== "all";
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link href="/admin/dossiers/new" className={buttonClasses("primary")}>
          <Icon name="plus" className="size-5" />
          {t("new")}
        </Link>
      </div>
      <SearchForm action="/admin/dossiers" query={query} label={t("search_label")}>
        <SelectField label={t("status_filter")} name="status" defaultValue={status}>
          {dossierStatusFilter.map((option) => (
            <option key={option} value={option}>
              {t(`filter_${option}`)}
            </option>
          ))}
        </SelectField>
      </SearchForm>
      {list.items.length === 0 ? (
        <EmptyState>{filtered ? t("empty_search") : t("empty")}</EmptyState>
      ) : (
        <>
          <p className="text-slate-700" aria-live="polite">
            {t("total", { count: list.total })}
          </p>
          <DossierTable items={list.items} />
        </>
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        basePath="/admin/dossiers"
        params={{ q: query, status: status === "all" ? undefined : status }}
      />
    </div>
  );
}
