import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/auth/language-switch";
import { AreaIntlProvider } from "@/components/i18n/area-intl-provider";
import { OfficeBrand } from "@/components/ui/office-brand";
import { NoOffice } from "@/components/ui/no-office";
import { SiteFooter } from "@/components/ui/site-footer";
import { getCurrentOffice } from "@/lib/offices/current";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const office = await getCurrentOffice();
  if (!office) return <NoOffice />;
  const t = await getTranslations("common");
  return (
    <AreaIntlProvider area="auth">
      <OfficeBrand office={office}>
        <div className="flex min-h-dvh flex-col">
          <main className="mx-auto flex w-full max-w-md flex-1 flex-col justify-center gap-6 px-4 py-10">
            <header className="text-center">
              <p className="text-sm uppercase tracking-wide text-slate-600">{t("app_name")}</p>
              <p className="text-2xl font-semibold">{office.name}</p>
            </header>
            <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
            <LanguageSwitch />
          </main>
          <SiteFooter office={office} width="max-w-md" />
        </div>
      </OfficeBrand>
    </AreaIntlProvider>
  );
}
