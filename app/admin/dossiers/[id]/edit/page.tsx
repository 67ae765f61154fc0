import { AreaIntlProvider } from "@/components/i18n/area-intl-provider";
import { Icon } from "@/components/ui/icon";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EditDossierForm } from "@/components/admin/dossiers/edit-dossier-form";
import { LinkClientsForm } from "@/components/admin/dossiers/link-clients-form";
import { LinkedClients } from "@/components/admin/dossiers/linked-clients";
import { requireStaff } from "@/lib/auth/viewer";
import { findClientsForStaff, getDossierForStaff } from "@/lib/dossiers/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin_dossiers.edit"))("title") };
}

export default async function EditDossierPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireStaff();
  const dossier = await getDossierForStaff({ viewer, dossierId: (await params).id });
  if (!dossier) notFound();
  const [t, clients] = await Promise.all([getTranslations("admin_dossiers.edit"), findClientsForStaff({ viewer })]);
  return (
    <AreaIntlProvider area="admin.dossier">
      <div className="flex max-w-3xl flex-col gap-8">
        <div className="flex flex-col gap-2">
          <h2 className="text-xl font-semibold">{t("title")}</h2>
          <Link
            href={`/admin/dossiers/${dossier.id}`}
            className="inline-flex min-h-11 w-fit items-center gap-2 text-slate-700 hover:underline"
          >
            <Icon name="arrow-left" className="size-5" />
            {t("back")}
          </Link>
        </div>
        <section aria-labelledby="details-heading" className="flex flex-col gap-4">
          <h3 id="details-heading" className="text-lg font-semibold">
            {t("details")}
          </h3>
          <EditDossierForm dossier={dossier} />
        </section>
        <section aria-labelledby="clients-heading" className="flex flex-col gap-4">
          <h3 id="clients-heading" className="text-lg font-semibold">
            {t("clients")}
          </h3>
          <LinkedClients dossierId={dossier.id} clients={dossier.clients} />
        </section>
        <LinkClientsForm dossierId={dossier.id} linkedIds={dossier.clients.map((c) => c.id)} clients={clients} />
      </div>
    </AreaIntlProvider>
  );
}
