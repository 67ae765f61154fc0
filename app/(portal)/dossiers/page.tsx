import { Icon } from "@/components/ui/icon";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { requireClient } from "@/lib/auth/viewer";
import { listDossiersForClient, type UnreadCounts } from "@/lib/dossiers/queries";
import { shownUnread } from "@/lib/dossiers/unread-count";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("dossiers") };
}

const totalUnread = (unread: UnreadCounts) => unread.correspondence + unread.documents + unread.messages;

/** Dossiers: every dossier the client is linked to, open ones first, with what is new in each. */
export default async function DossiersPage() {
  const viewer = await requireClient();
  const [t, list] = await Promise.all([getTranslations("dossiers"), listDossiersForClient({ viewer })]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {list.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="flex flex-col gap-3">
          {list.map((dossier) => {
            const unread = totalUnread(dossier.unread);
            return (
              <li key={dossier.id}>
                <Link
                  href={`/dossiers/${dossier.id}/correspondence`}
                  className="flex min-h-11 items-center gap-3 rounded-xl border border-slate-200 bg-white p-4 hover:border-brand"
                >
                  <span className="flex min-w-0 flex-1 flex-col gap-1">
                    <span className="break-words text-lg font-semibold">{dossier.title}</span>
                    <span className="flex flex-wrap items-center gap-2 text-slate-700">
                      {t("reference", { reference: dossier.reference })}
                      <Badge tone={dossier.status === "open" ? "success" : "neutral"}>{t(`status_${dossier.status}`)}</Badge>
                      {unread > 0 ? <Badge tone="info">{t("unread_badge", { count: unread, shown: shownUnread(unread) })}</Badge> : null}
                    </span>
                  </span>
                  <Icon name="chevron-right" className="size-5 shrink-0 text-slate-500" />
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
