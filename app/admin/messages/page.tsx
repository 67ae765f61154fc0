import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InboxFilter } from "@/components/admin/messages/inbox-filter";
import { InboxTable } from "@/components/admin/messages/inbox-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireStaff } from "@/lib/auth/viewer";
import { listOfficeInbox } from "@/lib/messages/queries";
import { pageRequest } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin_messages"))("title") };
}

export default async function InboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireStaff();
  const params = await searchParams;
  const filter = params.filter === "unread" ? "unread" : "all";
  const [t, inbox] = await Promise.all([
    getTranslations("admin_messages"),
    listOfficeInbox({ viewer, filter, page: pageRequest(params.page) }),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <InboxFilter current={filter} />
        <p className="text-slate-700">{t("unread_total", { count: inbox.unreadTotal })}</p>
      </div>
      {inbox.items.length === 0 ? (
        <EmptyState>{filter === "unread" ? t("empty_unread") : t("empty")}</EmptyState>
      ) : (
        <InboxTable messages={inbox.items} />
      )}
      <Pagination
        page={inbox.page}
        pageCount={inbox.pageCount}
        basePath="/admin/messages"
        params={{ filter: filter === "unread" ? "unread" : undefined }}
      />
    </div>
  );
}
