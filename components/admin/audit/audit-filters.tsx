import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import type { AuditFilters } from "@/lib/audit/filters";
import { actionLabel } from "./action-label";

/** A GET form: every filter ends up in the URL, so a filtered view can be shared, paged and exported. */
export async function AuditFilterForm({ filters, actions }: { filters: AuditFilters; actions: string[] }) {
  const t = await getTranslations("admin_audit");
  return (
    <form
      action="/admin/audit"
      method="get"
      role="search"
      aria-label={t("filters")}
      className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
    >
      <Field label={t("filter_client")} name="client" type="search" maxLength={100} defaultValue={filters.client} />
      <Field label={t("filter_dossier")} name="dossier" type="search" maxLength={100} defaultValue={filters.dossier} />
      <SelectField label={t("filter_action")} name="action" defaultValue={filters.action ?? ""}>
        <option value="">{t("all_actions")}</option>
        {actions.map((action) => (
          <option key={action} value={action}>
            {actionLabel(t, action)} ({action})
          </option>
        ))}
      </SelectField>
      <Field label={t("filter_from")} name="from" type="date" defaultValue={filters.from} />
      <Field label={t("filter_to")} name="to" type="date" defaultValue={filters.to} />
      <div className="flex flex-wrap items-end gap-3">
        <button type="submit" className={buttonClasses("primary")}>
          {t("apply")}
        </button>
        <Link href="/admin/audit" className={buttonClasses("ghost")}>
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
