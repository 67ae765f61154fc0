import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { requireClient } from "@/lib/auth/viewer";
import { listDossiersForClient } from "@/lib/dossiers/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("dossiers") };
}

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
          {list.map((dossier) => (
            <li key={dossier.id} className="rounded-xl border border-slate-200 bg-white p-4">
              <p className="text-lg font-semibold">{dossier.title}</p>
              <p className="text-slate-700">
                {t("reference", { reference: dossier.reference })} · {t(`status_${dossier.status}`)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
