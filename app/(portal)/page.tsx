import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { portalSections } from "@/components/portal/nav-items";
import { Badge } from "@/components/ui/badge";
import { Icon } from "@/components/ui/icon";
import { requireClient } from "@/lib/auth/viewer";
import { listDossiersForClient } from "@/lib/dossiers/queries";
import { shownUnread } from "@/lib/dossiers/unread-count";

/** The beginscherm (docs/client-manual.md M-HOME-1): its three parts, Dossiers, Acties and Account, with what is new in the dossiers. */
export default async function HomePage() {
  const viewer = await requireClient();
  const [t, dossiers] = await Promise.all([getTranslations(), listDossiersForClient({ viewer })]);
  const unread = dossiers.reduce((sum, { unread: u }) => sum + u.correspondence + u.documents + u.messages, 0);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("home.title")}</h1>
        <p className="text-slate-700">{t("home.welcome", { name: viewer.name })}</p>
      </div>
      <ul className="grid gap-4 sm:grid-cols-3">
        {portalSections.map(({ href, key, icon }) => (
          <li key={key}>
            <Link
              href={href}
              className="flex h-full min-h-32 flex-col gap-2 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand"
            >
              <Icon name={icon} className="size-8 text-brand" />
              <span className="flex flex-wrap items-center gap-2">
                <span className="text-xl font-semibold">{t(`nav.${key}`)}</span>
                {key === "dossiers" && unread > 0 ? (
                  <Badge tone="info">{t("home.dossiers_unread", { count: unread, shown: shownUnread(unread) })}</Badge>
                ) : null}
              </span>
              <span className="text-slate-700">{t(`home.${key}_description`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
