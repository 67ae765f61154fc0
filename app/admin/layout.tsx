import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LogoutButton } from "@/components/logout-button";
import { NoOffice } from "@/components/ui/no-office";
import { OfficeBrand } from "@/components/ui/office-brand";
import { requireStaff } from "@/lib/auth/viewer";
import { getCurrentOffice } from "@/lib/offices/current";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const office = await getCurrentOffice();
  if (!office) return <NoOffice />;
  const viewer = await requireStaff();
  const t = await getTranslations();
  return (
    <OfficeBrand office={office}>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-3">
        {t("common.skip_to_content")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/admin" className="flex min-h-11 flex-col justify-center">
            <span className="text-lg font-semibold leading-tight">{office.name}</span>
            <span className="text-sm text-slate-600">{t("admin.area_name")}</span>
          </Link>
          <div className="flex items-center gap-3">
            <span className="text-sm text-slate-700">{viewer.name}</span>
            <LogoutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl px-4 py-6">
        {children}
      </main>
    </OfficeBrand>
  );
}
