import { getFormatter, getTranslations } from "next-intl/server";
import { AccountStatusBadge } from "@/components/admin/clients/account-status-badge";
import { DataTable } from "@/components/ui/data-table";
import type { StaffListItem } from "@/lib/staff/queries";
import { StaffRowActions } from "./staff-row-actions";

export async function StaffTable({ members, viewerId }: { members: StaffListItem[]; viewerId: string }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <DataTable
      caption={t("admin_staff.list_label")}
      columns={[
        { label: t("accounts.name") },
        { label: t("admin_staff.role") },
        { label: t("accounts.status_label") },
        { label: t("accounts.last_sign_in") },
        { label: t("admin_staff.actions") },
      ]}
    >
      {members.map((member) => (
        <tr key={member.id} className="align-top">
          <td className="min-w-48 px-4 py-3">
            <div className="font-medium">
              {member.name} {member.id === viewerId ? <span className="font-normal text-slate-700">{t("admin_staff.you")}</span> : null}
            </div>
            <div className="break-all text-sm text-slate-700">{member.email}</div>
          </td>
          <td className="px-4 py-3">{t(`admin_staff.role_${member.role}`)}</td>
          <td className="px-4 py-3">
            <AccountStatusBadge status={member.status} />
          </td>
          <td className="whitespace-nowrap px-4 py-3">
            {member.lastSignInAt ? format.dateTime(member.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("common.never")}
          </td>
          <td className="min-w-64 px-4 py-3">{member.id === viewerId ? null : <StaffRowActions member={member} />}</td>
        </tr>
      ))}
    </DataTable>
  );
}
