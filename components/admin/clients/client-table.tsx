import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { ClientListItem } from "@/lib/clients/queries";
import { AccountStatusBadge } from "./account-status-badge";

/** The clients of one page; on a phone the table scrolls sideways rather than squeezing the columns. */
export async function ClientTable({ clients }: { clients: ClientListItem[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <DataTable
      caption={t("admin_clients.list_label")}
      columns={[
        { label: t("accounts.name") },
        { label: t("accounts.status_label") },
        { label: t("accounts.last_sign_in") },
        { label: t("admin_clients.two_factor") },
        { label: t("admin_clients.dossiers"), className: "text-right" },
      ]}
    >
      {clients.map((client) => (
        <tr key={client.id}>
          <td className="min-w-48 px-4 py-3">
            <Link href={`/admin/clients/${client.id}`} className="font-medium text-brand underline-offset-2 hover:underline">
              {client.name}
            </Link>
            <div className="break-all text-sm text-slate-700">{client.email}</div>
          </td>
          <td className="px-4 py-3">
            <AccountStatusBadge status={client.status} />
          </td>
          <td className="whitespace-nowrap px-4 py-3">
            {client.lastSignInAt ? format.dateTime(client.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("common.never")}
          </td>
          <td className="px-4 py-3">{t(client.twoFactor ? "admin_clients.two_factor_on" : "admin_clients.two_factor_off")}</td>
          <td className="px-4 py-3 text-right tabular-nums">{client.dossierCount}</td>
        </tr>
      ))}
    </DataTable>
  );
}
