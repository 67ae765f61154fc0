import { AreaIntlProvider } from "@/components/i18n/area-intl-provider";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { RetryDeliveryButton } from "@/components/admin/outbox/retry-delivery-button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireAdmin } from "@/lib/auth/viewer";
import { outboxTemplateKey } from "@/lib/i18n/data-keys";
import { listFailedDeliveries } from "@/lib/notify/failed";
import { MAX_ATTEMPTS } from "@/lib/notify/retry-schedule";
import { pageRequest } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin_outbox"))("title") };
}

/** E-mails and SMS of the office that could not be delivered after every try, with Opnieuw proberen; admins only. */
export default async function FailedDeliveriesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireAdmin();
  const [t, format, list] = await Promise.all([
    getTranslations("admin_outbox"),
    getFormatter(),
    listFailedDeliveries({ viewer, page: pageRequest((await searchParams).page) }),
  ]);
  const templateName = (template: string) => {
    const key = outboxTemplateKey(template);
    return key ? t(key) : template;
  };
  return (
    <AreaIntlProvider area="admin.outbox">
      <div className="flex flex-col gap-6">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-slate-700">{t("intro", { attempts: MAX_ATTEMPTS })}</p>
        </div>
        {list.items.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <DataTable
            caption={t("title")}
            columns={[
              { label: t("columns.recipient") },
              { label: t("columns.kind") },
              { label: t("columns.created"), className: "hidden sm:table-cell" },
              { label: t("columns.error"), className: "hidden md:table-cell" },
              { label: t("columns.action") },
            ]}
          >
            {list.items.map((row) => (
              <tr key={row.id}>
                <td className="break-all px-4 py-2">{row.recipient}</td>
                <td className="px-4 py-2 text-sm">
                  {templateName(row.template)}
                  <span className="block text-slate-700">{t(`channel_${row.channel}`)}</span>
                </td>
                <td className="hidden whitespace-nowrap px-4 py-2 text-sm text-slate-700 sm:table-cell">
                  {format.dateTime(row.createdAt, { dateStyle: "short", timeStyle: "short" })}
                </td>
                <td className="hidden max-w-72 break-words px-4 py-2 text-sm text-slate-700 md:table-cell">
                  {t("attempts", { count: row.attempts })}: {row.error ?? "—"}
                </td>
                <td className="px-4 py-2">
                  <RetryDeliveryButton outboxId={row.id} recipient={row.recipient} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        <Pagination page={list.page} pageCount={list.pageCount} basePath="/admin/outbox" />
      </div>
    </AreaIntlProvider>
  );
}
