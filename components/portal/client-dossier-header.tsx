import { getTranslations } from "next-intl/server";
import { DossierTabs } from "@/components/dossiers/dossier-tabs";
import { DossierTitle } from "@/components/dossiers/dossier-title";
import { DOSSIER_TABS, type DossierTab } from "@/lib/dossiers/tabs";
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
      <DossierTitle
        back={{ href: "/dossiers", label: t("back") }}
        reference={t("reference", { reference: dossier.reference })}
        title={dossier.title}
        status={{ open: dossier.status === "open", label: t(`status_${dossier.status}`) }}
      />
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
