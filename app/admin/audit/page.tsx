import { Icon } from "@/components/ui/icon";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditFilterForm } from "@/components/admin/audit/audit-filters";
import { AuditTable } from "@/components/admin/audit/audit-table";
import { buttonClasses } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { auditFilterParams, parseAuditFilters } from "@/lib/audit/filters";
import { listAuditActions, listAuditEvents } from "@/lib/audit/queries";
import { requireAdmin } from "@/lib/auth/viewer";
import { pageRequest } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin_audit"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The office's audit log, newest first, for its admin only (staff and clients get a 404). */
export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireAdmin();
  const params = await searchParams;
  const filters = parseAuditFilters(params);
  const [t, events, actions] = await Promise.all([
    getTranslations("admin_audit"),
    listAuditEvents({ viewer, filters, page: pageRequest(params.page) }),
    listAuditActions({ viewer }),
  ]);
  const query = new URLSearchParams(
    Object.entries(auditFilterParams(filters)).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-slate-700">{t("intro")}</p>
        </div>
        {/* A plain link: the browser downloads the file the route handler streams. */}
        <a href={`/api/admin/audit/export${query ? `?${query}` : ""}`} className={buttonClasses("secondary")} download>
          <Icon name="download" className="size-5" />
          {t("export")}
        </a>
      </div>
      <AuditFilterForm filters={filters} actions={actions} />
      <p className="text-slate-700" aria-live="polite">
        {t("count", { count: events.total })}
      </p>
      <AuditTable events={events.items} />
      <Pagination page={events.page} pageCount={events.pageCount} basePath="/admin/audit" params={auditFilterParams(filters)} />
    </div>
  );
}
