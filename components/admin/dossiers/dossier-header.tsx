import { Icon } from "@/components/ui/icon";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { DossierTabs } from "@/components/dossiers/dossier-tabs";
import { DossierTitle } from "@/components/dossiers/dossier-title";
import { DOSSIER_TABS } from "@/lib/dossiers/tabs";
import type { StaffDossier } from "@/lib/dossiers/queries";
import { DossierStatusButton } from "./dossier-status-button";

/** The frame above every tab of a dossier: what it is, who it is for, what staff can do with it. */
export async function DossierHeader({ dossier }: { dossier: StaffDossier }) {
  const t = await getTranslations("admin_dossiers");
  return (
    <div className="flex flex-col gap-4">
      <DossierTitle
        back={{ href: "/admin/dossiers", label: t("back_to_list") }}
        reference={t("header.reference", { reference: dossier.reference })}
        title={dossier.title}
        status={{ open: dossier.status === "open", label: t(`status_${dossier.status}`) }}
      />
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <span className="font-medium">{t("header.clients")}:</span>
        <ul className="flex flex-wrap gap-x-3 gap-y-1">
          {dossier.clients.map((client) => (
            <li key={client.id}>
              <Link href={`/admin/clients/${client.id}`} className="text-brand underline-offset-2 hover:underline">
                {client.name}
              </Link>
            </li>
          ))}
        </ul>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Link href={`/admin/dossiers/${dossier.id}/edit`} className={buttonClasses("secondary")}>
          <Icon name="pencil" className="size-5" />
          {t("header.edit")}
        </Link>
        <DossierStatusButton dossierId={dossier.id} status={dossier.status} />
      </div>
      <DossierTabs
        basePath={`/admin/dossiers/${dossier.id}`}
        label={t("tabs.label")}
        tabs={DOSSIER_TABS.map((tab) => ({ tab, label: t(`tabs.${tab}`) }))}
      />
    </div>
  );
}
