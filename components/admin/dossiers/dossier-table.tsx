import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import type { StaffDossierListItem } from "@/lib/dossiers/queries";

/** One page of the office's dossiers; the reference links to the dossier. Scrolls sideways on a phone. */
export async function DossierTable({ items }: { items: StaffDossierListItem[] }) {
  const [t, format] = await Promise.all([getTranslations("admin_dossiers"), getFormatter()]);
  return (
    <DataTable
      caption={t("columns.caption")}
      strongHeader
      columns={(["reference", "title", "clients", "status", "updated"] as const).map((column) => ({ label: t(`columns.${column}`) }))}
    >
      {items.map((dossier) => (
        <tr key={dossier.id}>
          <th scope="row" className="px-4 py-2 font-medium">
            <Link
              href={`/admin/dossiers/${dossier.id}`}
              className="inline-flex min-h-11 items-center whitespace-nowrap text-brand underline-offset-2 hover:underline"
            >
              {dossier.reference}
            </Link>
          </th>
          <td className="min-w-48 px-4 py-2">{dossier.title}</td>
          <td className="min-w-40 px-4 py-2">{dossier.clientNames.join(", ")}</td>
          <td className="px-4 py-2">
            <Badge tone={dossier.status === "open" ? "success" : "neutral"}>{t(`status_${dossier.status}`)}</Badge>
          </td>
          <td className="whitespace-nowrap px-4 py-2 text-slate-700">
            {format.dateTime(dossier.updatedAt, { dateStyle: "medium", timeStyle: "short" })}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
