import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/auth/language-switch";
import { HelpContact } from "@/components/help/help-contact";
import { HelpDownloads } from "@/components/help/help-downloads";
import { HelpFaq } from "@/components/help/help-faq";
import { AppHeader } from "@/components/ui/app-header";
import { buttonClasses } from "@/components/ui/button";
import { NoOffice } from "@/components/ui/no-office";
import { OfficeBrand } from "@/components/ui/office-brand";
import { getAccountViewer } from "@/lib/auth/viewer";
import { getCurrentOffice } from "@/lib/offices/current";
import { faqInLocale, getOfficeFaq } from "@/lib/offices/faq";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("help"))("title") };
}

/**
 * Public: reached from the sign-in screens and from every page's footer. Shows only the request's office (from
 * the host): its FAQ and contact details, and the manual's text on finding downloaded documents (docs/client-manual.md M-FAQ-8).
 */
export default async function HelpPage() {
  const office = await getCurrentOffice();
  if (!office) return <NoOffice />;
  const [viewer, locale, t, tCommon, tAdmin, faq] = await Promise.all([
    getAccountViewer(),
    getLocale(),
    getTranslations("help"),
    getTranslations("common"),
    getTranslations("admin"),
    getOfficeFaq(office.id),
  ]);
  const back = !viewer
    ? { href: "/login", label: t("back_login") }
    : viewer.role === "client"
      ? { href: "/", label: t("back_portal") }
      : { href: "/admin", label: t("back_admin") };

  return (
    <OfficeBrand office={office}>
      <AppHeader
        homeHref={back.href}
        officeName={office.name}
        areaName={viewer && viewer.role !== "client" ? tAdmin("area_name") : tCommon("app_name")}
        width="max-w-5xl"
      >
        <div className="flex flex-wrap items-center gap-2">
          {viewer ? null : <LanguageSwitch />}
          <Link href={back.href} className={buttonClasses("secondary")}>
            {back.label}
          </Link>
        </div>
      </AppHeader>
      <main id="main" className="mx-auto w-full max-w-5xl px-4 pb-12 pt-6">
        <div className="flex max-w-3xl flex-col gap-8">
          <div>
            <h1 className="text-2xl font-semibold">{t("title")}</h1>
            <p className="text-slate-700">{t("intro")}</p>
          </div>

          <HelpContact officeName={office.name} phone={office.contactPhone?.trim() || null} email={office.contactEmail?.trim() || null} />
          <HelpFaq entries={faq.map((entry) => faqInLocale(entry, locale))} />
          <HelpDownloads />
        </div>
      </main>
    </OfficeBrand>
  );
}
