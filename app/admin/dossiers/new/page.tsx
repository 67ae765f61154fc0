import { AreaIntlProvider } from "@/components/i18n/area-intl-provider";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewDossierForm } from "@/components/admin/dossiers/new-dossier-form";
import { requireStaff } from "@/lib/auth/viewer";
import { findClientsForStaff } from "@/lib/dossiers/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin_dossiers.form"))("new_title") };
}

export default async function NewDossierPage() {
  const viewer = await requireStaff();
  const [t, clients] = await Promise.all([getTranslations("admin_dossiers.form"), findClientsForStaff({ viewer })]);
  return (
    <AreaIntlProvider area="admin.dossier">
      <div className="flex max-w-3xl flex-col gap-6">
        <h1 className="text-2xl font-semibold">{t("new_title")}</h1>
        <NewDossierForm clients={clients} />
      </div>
    </AreaIntlProvider>
  );
}
