import { getTranslations } from "next-intl/server";
import { AreaIntlProvider } from "@/components/i18n/area-intl-provider";
import { LogoutButton } from "@/components/logout-button";
import { SectionNav } from "@/components/portal/section-nav";
import { AppHeader } from "@/components/ui/app-header";
import { NoOffice } from "@/components/ui/no-office";
import { OfficeBrand } from "@/components/ui/office-brand";
import { SiteFooter } from "@/components/ui/site-footer";
import { requireClient } from "@/lib/auth/viewer";
import { getCurrentOffice } from "@/lib/offices/current";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const office = await getCurrentOffice();
  if (!office) return <NoOffice />;
  await requireClient();
  const t = await getTranslations("common");
  return (
    <AreaIntlProvider area="portal">
      <OfficeBrand office={office}>
        <AppHeader homeHref="/" officeName={office.name} areaName={t("app_name")} width="max-w-5xl">
          <SectionNav variant="header" />
          <LogoutButton />
        </AppHeader>
        <main id="main" className="mx-auto w-full max-w-5xl px-4 pb-8 pt-6 md:pb-12">
          {children}
        </main>
        {/* On a phone the tab bar covers the bottom of the screen: the footer's padding keeps it clear. */}
        <SiteFooter office={office} width="max-w-5xl" className="pb-[calc(5.5rem+env(safe-area-inset-bottom))] md:pb-0" />
        <SectionNav variant="tabbar" />
      </OfficeBrand>
    </AreaIntlProvider>
  );
}
