import { AreaIntlProvider } from "@/components/i18n/area-intl-provider";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FaqEditor } from "@/components/admin/settings/faq-editor";
import { LogoForm } from "@/components/admin/settings/logo-form";
import { OfficeDetailsForm } from "@/components/admin/settings/office-details-form";
import { requireAdmin } from "@/lib/auth/viewer";
import { getOfficeSettings } from "@/lib/offices/settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin_settings"))("title") };
}

function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-slate-50 p-5">
      <div>
        <h2 id={id} className="text-xl font-semibold">
          {title}
        </h2>
        {intro ? <p className="text-slate-700">{intro}</p> : null}
      </div>
      {children}
    </section>
  );
}

/** Office settings: for the office's admin only (staff and clients get a 404). */
export default async function OfficeSettingsPage() {
  const viewer = await requireAdmin();
  const [t, settings] = await Promise.all([getTranslations("admin_settings"), getOfficeSettings({ viewer })]);
  if (!settings) notFound();
  return (
    <AreaIntlProvider area="admin.settings">
      <div className="flex flex-col gap-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Section id="details-title" title={t("details_title")}>
          <OfficeDetailsForm
            initial={{
              name: settings.name,
              contactPhone: settings.contactPhone ?? "",
              contactEmail: settings.contactEmail ?? "",
              brandColor: settings.brandColor,
              hostnames: settings.hostnames.join("\n"),
            }}
          />
        </Section>
        <Section id="logo-title" title={t("logo_title")} intro={t("logo_intro")}>
          <LogoForm logo={settings.logo} />
        </Section>
        <Section id="faq-title" title={t("faq_title")} intro={t("faq_intro")}>
          <FaqEditor initial={settings.faq} />
        </Section>
      </div>
    </AreaIntlProvider>
  );
}
