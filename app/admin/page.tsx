import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { InboxTable } from "@/components/admin/messages/inbox-table";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requireStaff } from "@/lib/auth/viewer";
import { listOfficeConversations } from "@/lib/messages/conversations";
import { getOfficeOverview } from "@/lib/offices/queries";
import { pageRequest } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminHomePage() {
  const viewer = await requireStaff();
  const [t, overview, open] = await Promise.all([
    getTranslations("admin"),
    getOfficeOverview({ viewer }),
    listOfficeConversations({ viewer, filter: "open", page: pageRequest(undefined, 5) }),
  ]);
  const figures = [
    { label: t("clients"), value: overview.clients, href: "/admin/clients" },
    { label: t("open_dossiers"), value: overview.openDossiers, href: "/admin/dossiers?status=open" },
    { label: t("open_conversations"), value: open.total, href: "/admin/messages" },
  ];
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <ul className="grid gap-4 sm:grid-cols-3">
        {figures.map((figure) => (
          <li key={figure.label}>
            <Link href={figure.href} className="flex flex-col rounded-xl border border-slate-200 bg-white p-5 hover:border-brand">
              <span className="text-slate-700">{figure.label}</span>
              <span className="text-3xl font-semibold">{figure.value}</span>
            </Link>
          </li>
        ))}
      </ul>
      <section aria-labelledby="open-heading" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="open-heading" className="text-xl font-semibold">
            {t("open_heading")}
          </h2>
          <Link href="/admin/messages" className={buttonClasses("secondary")}>
            {t("to_inbox")}
          </Link>
        </div>
        {open.items.length === 0 ? <EmptyState>{t("no_open")}</EmptyState> : <InboxTable conversations={open.items} />}
      </section>
    </div>
  );
}
