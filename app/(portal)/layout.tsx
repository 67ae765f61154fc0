import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LogoutButton } from "@/components/logout-button";
import { SectionNav } from "@/components/portal/section-nav";
import { NoOffice } from "@/components/ui/no-office";
import { OfficeBrand } from "@/components/ui/office-brand";
import { requireClient } from "@/lib/auth/viewer";
import { getCurrentOffice } from "@/lib/offices/current";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const office = await getCurrentOffice();
  if (!office) return <NoOffice />;
  await requireClient();
  const t = await getTranslations("common");
  return (
    <OfficeBrand office={office}>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-3">
        {t("skip_to_content")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
          <Link href="/" className="flex min-h-11 flex-col justify-center">
            <span className="text-lg font-semibold leading-tight">{office.name}</span>
            <span className="text-sm text-slate-600">{t("app_name")}</span>
          </Link>
          <SectionNav variant="header" />
          <LogoutButton />
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-5xl px-4 pb-28 pt-6 md:pb-12">
        {children}
      </main>
      <SectionNav variant="tabbar" />
    </OfficeBrand>
  );
}
