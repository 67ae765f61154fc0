import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import type { AuditEventRow } from "@/lib/audit/queries";
import { auditSubjectKey } from "@/lib/i18n/data-keys";
import { actionLabel } from "./action-label";

const cell = "px-3 py-2 align-top";

export async function AuditTable({ events }: { events: AuditEventRow[] }) {
  const [t, format] = await Promise.all([getTranslations("admin_audit"), getFormatter()]);
  if (events.length === 0) return <EmptyState>{t("empty")}</EmptyState>;
  const subjectType = (type: string) => {
    const key = auditSubjectKey(type);
    return key ? t(key) : type;
  };
  return (
    // Scrolls sideways on a phone; focusable so keyboard users can scroll it too.
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white" tabIndex={0} role="region" aria-labelledby="audit-caption">
      <table className="w-full min-w-[48rem] text-left">
        <caption id="audit-caption" className="sr-only">
          {t("caption")}
        </caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            {(["time", "actor", "action", "subject", "dossier", "ip"] as const).map((column) => (
              <th key={column} scope="col" className={`${cell} font-semibold`}>
                {t(`columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {events.map((event) => (
            <tr key={event.id}>
              <td className={`${cell} whitespace-nowrap`}>
                <time dateTime={event.at.toISOString()}>{format.dateTime(event.at, { dateStyle: "short", timeStyle: "medium" })}</time>
              </td>
              <td className={cell}>
                {event.actor ? (
                  <>
                    <span className="block">{event.actor.name}</span>
                    <span className="block text-sm text-slate-700">
                      {t(`roles.${event.actor.role}`)} · {event.actor.email}
                    </span>
                  </>
                ) : (
                  <span className="text-slate-700">{t("system")}</span>
                )}
              </td>
              <td className={cell}>
                <span className="block">{actionLabel(t, event.action)}</span>
                <code className="block text-sm text-slate-700">{event.action}</code>
              </td>
              <td className={cell}>
                {event.subject ? (
                  <>
                    <span className="block">{subjectType(event.subject.type)}</span>
                    {event.subject.label ? <span className="block text-sm text-slate-700">{event.subject.label}</span> : null}
                  </>
                ) : null}
              </td>
              <td className={cell}>
                {event.dossier ? (
                  <Link href={`/admin/dossiers/${event.dossier.id}`} className="text-brand underline">
                    {event.dossier.reference}
                  </Link>
                ) : null}
              </td>
              <td className={`${cell} font-mono text-sm`}>{event.ip}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
