import { AreaIntlProvider } from "@/components/i18n/area-intl-provider";
import { Icon } from "@/components/ui/icon";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AccountStatusBadge } from "@/components/admin/clients/account-status-badge";
import { ClientAccountActions } from "@/components/admin/clients/client-account-actions";
import { ClientDossierList } from "@/components/admin/clients/client-dossier-list";
import { EditClientForm } from "@/components/admin/clients/edit-client-form";
import { requireStaff } from "@/lib/auth/viewer";
import { getClientForStaff } from "@/lib/clients/queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const viewer = await requireStaff();
  const client = await getClientForStaff({ viewer, clientId: (await params).id });
  return { title: client?.name ?? (await getTranslations("admin_clients"))("title") };
}

const section = "flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-5";

export default async function AdminClientPage({ params }: Props) {
  const viewer = await requireStaff();
  const client = await getClientForStaff({ viewer, clientId: (await params).id });
  if (!client) notFound();
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <AreaIntlProvider area="admin.clients">
      <div className="flex flex-col gap-6">
        <Link href="/admin/clients" className="inline-flex min-h-11 items-center gap-2 self-start text-brand hover:underline">
          <Icon name="arrow-left" className="size-5" />
          {t("admin_clients.back")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">{client.name}</h1>
          <AccountStatusBadge status={client.status} />
        </div>

        <section aria-labelledby="client-details" className={section}>
          <h2 id="client-details" className="text-lg font-semibold">
            {t("admin_clients.details")}
          </h2>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
            <dt className="text-slate-700">{t("accounts.email")}</dt>
            <dd className="break-all">{client.email}</dd>
            <dt className="text-slate-700">{t("admin_clients.phone_label")}</dt>
            <dd>{client.phone ?? t("admin_clients.no_phone")}</dd>
            <dt className="text-slate-700">{t("accounts.language")}</dt>
            <dd>{t(`accounts.language_${client.locale}`)}</dd>
            <dt className="text-slate-700">{t("accounts.last_sign_in")}</dt>
            <dd>{client.lastSignInAt ? when(client.lastSignInAt) : t("common.never")}</dd>
            <dt className="text-slate-700">{t("admin_clients.two_factor")}</dt>
            <dd>{t(`admin_clients.two_factor_${client.twoFactorMethod === "none" ? "off" : client.twoFactorMethod}`)}</dd>
            <dt className="text-slate-700">{t("admin_clients.created_at")}</dt>
            <dd>{when(client.createdAt)}</dd>
          </dl>
        </section>

        <section aria-labelledby="client-actions" className={section}>
          <h2 id="client-actions" className="text-lg font-semibold">
            {t("admin_clients.actions")}
          </h2>
          <ClientAccountActions
            client={{ id: client.id, name: client.name, status: client.status, twoFactor: client.twoFactorMethod !== "none" }}
          />
        </section>

        <section aria-labelledby="client-dossiers" className={section}>
          <h2 id="client-dossiers" className="text-lg font-semibold">
            {t("admin_clients.dossier_list")}
          </h2>
          <ClientDossierList dossiers={client.dossiers} />
        </section>

        <section aria-labelledby="client-edit" className={section}>
          <h2 id="client-edit" className="text-lg font-semibold">
            {t("admin_clients.edit")}
          </h2>
          <EditClientForm
            clientId={client.id}
            initial={{ name: client.name, email: client.email, phone: client.phone ?? "", locale: client.locale }}
          />
        </section>
      </div>
    </AreaIntlProvider>
  );
}
