import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { ClientDetail } from "@/lib/clients/queries";

export function ClientDossierList({ dossiers }: { dossiers: ClientDetail["dossiers"] }) {
  const t = useTranslations("admin_clients");
  if (dossiers.length === 0) return <EmptyState>{t("no_dossiers")}</EmptyState>;
  return (
    <ul className="divide-y divide-slate-200">
      {dossiers.map((dossier) => (
        <li key={dossier.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <Link href={`/admin/dossiers/${dossier.id}`} className="flex min-h-11 flex-col justify-center text-brand hover:underline">
            <span className="font-medium">{dossier.reference}</span>
            <span className="text-slate-700">{dossier.title}</span>
          </Link>
          <Badge tone={dossier.status === "open" ? "success" : "neutral"}>{t(`dossier_${dossier.status}`)}</Badge>
        </li>
      ))}
    </ul>
  );
}
