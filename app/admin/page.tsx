import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/viewer";
import { getOfficeOverview } from "@/lib/offices/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminHomePage() {
  const viewer = await requireStaff();
  const [t, overview] = await Promise.all([getTranslations("admin"), getOfficeOverview({ viewer })]);
  const figures = [
    { label: t("clients"), value: overview.clients },
    { label: t("open_dossiers"), value: overview.openDossiers },
    { label: t("messages"), value: overview.messages },
  ];
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <dl className="grid gap-4 sm:grid-cols-3">
        {figures.map((figure) => (
          <div key={figure.label} className="rounded-xl border border-slate-200 bg-white p-5">
            <dt className="text-slate-700">{figure.label}</dt>
            <dd className="text-3xl font-semibold">{figure.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
