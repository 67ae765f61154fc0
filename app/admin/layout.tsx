import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { AreaIntlProvider } from "@/components/i18n/area-intl-provider";
import { LogoutButton } from "@/components/logout-button";
import { AppHeader } from "@/components/ui/app-header";
import { buttonClasses } from "@/components/ui/button";
import { NoOffice } from "@/components/ui/no-office";
import { OfficeBrand } from "@/components/ui/office-brand";
import { SiteFooter } from "@/components/ui/site-footer";
import { requireStaffAccount } from "@/lib/auth/viewer";
import { getCurrentOffice } from "@/lib/offices/current";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const office = await getCurrentOffice();
  if (!office) return <NoOffice />;
  // The frame also shows around the account page of staff who must still set up 2-step verification: every
  // other page sends them there (requireStaff), so the sections are left out of their menu.
  const viewer = await requireStaffAccount();
  const t = await getTranslations("admin");
  return (
    <AreaIntlProvider area="admin">
      <OfficeBrand office={office}>
        <AppHeader homeHref="/admin" officeName={office.name} areaName={t("area_name")} width="max-w-6xl">
          <div className="flex items-center gap-3">
            <span className="text-sm text-slate-700">{viewer.name}</span>
            <Link href="/admin/account" className={buttonClasses("ghost")}>
              {t("my_account")}
            </Link>
            <LogoutButton />
          </div>
        </AppHeader>
        <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-6 md:flex-row">
          <aside className="md:w-56 md:shrink-0">
            {viewer.twoFactorSetupRequired ? null : <AdminNav isAdmin={viewer.role === "admin"} />}
          </aside>
          <main id="main" className="min-w-0 flex-1">
            {children}
          </main>
        </div>
        <SiteFooter office={office} width="max-w-6xl" />
      </OfficeBrand>
    </AreaIntlProvider>
  );
}
