import { Icon } from "@/components/ui/icon";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DossierTabs } from "@/components/dossiers/dossier-tabs";
import { DOSSIER_TABS, type DossierTab } from "@/lib/dossiers/tabs";
import { Badge } from "@/components/ui/badge";
import type { ClientDossier, UnreadCounts } from "@/lib/dossiers/queries";
import { shownUnread } from "@/lib/dossiers/unread-count";

const UNREAD_OF: Partial<Record<DossierTab, keyof UnreadCounts>> = {
  correspondence: "correspondence",
  documents: "documents",
  messages: "messages",
};

/** Above every tab of a client's dossier: back to the list, title and number, closed or not, the four tabs. */
export async function ClientDossierHeader({ dossier }: { dossier: ClientDossier }) {
  const t = await getTranslations("dossiers");
  return (
    <div className="flex flex-col gap-4">
      <Link href="/dossiers" className="inline-flex min-h-11 w-fit items-center gap-2 text-slate-700 hover:underline">
        <Icon name="arrow-left" className="size-5" />
        {t("back")}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex min-w-0 flex-col gap-1">
          <p className="text-slate-700">{t("reference", { reference: dossier.reference })}</p>
          <h1 className="break-words text-2xl font-semibold">{dossier.title}</h1>
        </div>
        <Badge tone={dossier.status === "open" ? "success" : "neutral"}>{t(`status_${dossier.status}`)}</Badge>
      </div>
      {dossier.status === "closed" ? <p className="rounded-lg bg-slate-100 px-3 py-2 text-slate-800">{t("closed_notice")}</p> : null}
      <DossierTabs
        basePath={`/dossiers/${dossier.id}`}
        label={t("tabs.label")}
        tabs={DOSSIER_TABS.map((tab) => {
          const unreadKey = UNREAD_OF[tab];
          const unread = unreadKey ? dossier.unread[unreadKey] : 0;
          return { tab, label: t(`tabs.${tab}`), unread, unreadLabel: t("tabs.unread", { count: unread, shown: shownUnread(unread) }) };
        })}
      />
    </div>
  );
}
