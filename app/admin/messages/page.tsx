import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InboxFilter } from "@/components/admin/messages/inbox-filter";
import { InboxTable } from "@/components/admin/messages/inbox-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { requireStaff } from "@/lib/auth/viewer";
import { countOpenConversations, INBOX_FILTERS, listOfficeConversations, type InboxFilter as Filter } from "@/lib/messages/conversations";
import { pageRequest, searchTerm } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin_messages"))("title") };
}

/** The office inbox: conversations with clients, open ones first by default, searchable by subject, client and dossier. */
export default async function InboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireStaff();
  const params = await searchParams;
  const filter: Filter = INBOX_FILTERS.includes(params.filter as Filter) ? (params.filter as Filter) : "open";
  const query = searchTerm(params.q)?.text;
  // The open ones unsearched are the list itself: its total is their number (one grouped query fewer).
  const [t, inbox, openCount] = await Promise.all([
    getTranslations("admin_messages"),
    listOfficeConversations({ viewer, filter, query, page: pageRequest(params.page) }),
    filter === "open" && !query ? null : countOpenConversations(viewer),
  ]);
  const open = openCount ?? inbox.total;
  const empty = query ? t("empty_search") : filter === "open" ? t("empty_open") : filter === "answered" ? t("empty_answered") : t("empty");
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>
      <SearchForm action="/admin/messages" query={query} label={t("search_label")}>
        {filter === "open" ? null : <input type="hidden" name="filter" value={filter} />}
      </SearchForm>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <InboxFilter current={filter} query={query} />
        <p className="text-slate-700">{t("open_total", { count: open })}</p>
      </div>
      {inbox.items.length === 0 ? <EmptyState>{empty}</EmptyState> : <InboxTable conversations={inbox.items} />}
      <Pagination
        page={inbox.page}
        pageCount={inbox.pageCount}
        basePath="/admin/messages"
        params={{ filter: filter === "open" ? undefined : filter, q: query }}
      />
    </div>
  );
}
