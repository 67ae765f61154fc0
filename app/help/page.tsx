import { Icon } from "@/components/ui/icon";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/auth/language-switch";
import { AppHeader } from "@/components/ui/app-header";
import { buttonClasses } from "@/components/ui/button";
import { NoOffice } from "@/components/ui/no-office";
import { OfficeBrand } from "@/components/ui/office-brand";
import { getAccountViewer } from "@/lib/auth/viewer";
import { getCurrentOffice } from "@/lib/offices/current";
import { faqInLocale, getOfficeFaq } from "@/lib/offices/faq";
import { telHref } from "@/lib/offices/tel";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("help"))("title") };
}

/** Blank lines in an office's FAQ answer separate paragraphs. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
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
  const phone = office.contactPhone?.trim() || null;
  const tel = phone ? telHref(phone) : null;
  const email = office.contactEmail?.trim() || null;
  const linkClasses = "inline-flex min-h-11 items-center underline underline-offset-4 [overflow-wrap:anywhere] hover:text-brand";

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

          <section aria-labelledby="help-contact" className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm">
            <h2 id="help-contact" className="text-xl font-semibold">
              {t("contact_title")}
            </h2>
            {phone || email ? (
              <>
                <p className="mt-1 text-slate-700">{t("contact_intro", { office: office.name })}</p>
                <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] items-center gap-x-4">
                  {phone ? (
                    <>
                      <dt className="font-medium">{t("contact_phone")}</dt>
                      <dd>
                        {tel ? (
                          <a href={tel} className={linkClasses}>
                            {phone}
                          </a>
                        ) : (
                          phone
                        )}
                      </dd>
                    </>
                  ) : null}
                  {email ? (
                    <>
                      <dt className="font-medium">{t("contact_email")}</dt>
                      <dd>
                        <a href={`mailto:${email}`} className={linkClasses}>
                          {email}
                        </a>
                      </dd>
                    </>
                  ) : null}
                </dl>
              </>
            ) : (
              <p className="mt-1 text-slate-700">{t("contact_none", { office: office.name })}</p>
            )}
          </section>

          <section aria-labelledby="help-faq" className="flex flex-col gap-3">
            <h2 id="help-faq" className="text-xl font-semibold">
              {t("faq_title")}
            </h2>
            {faq.length === 0 ? (
              <p className="text-slate-700">{t("faq_empty")}</p>
            ) : (
              <ul className="flex flex-col gap-2">
                {faq.map((entry, index) => {
                  const { question, answer } = faqInLocale(entry, locale);
                  return (
                    <li key={index}>
                      <details className="group rounded-xl border border-slate-200 bg-white">
                        <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-3 rounded-xl px-4 py-2 font-medium hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
                          <span>{question}</span>
                          <Icon name="chevron-down" className="size-5 shrink-0 text-slate-600 transition-transform group-open:rotate-180" />
                        </summary>
                        <div className="flex flex-col gap-2 px-4 pb-4 pt-1 text-slate-800">
                          {paragraphs(answer).map((paragraph, i) => (
                            <p key={i} className="whitespace-pre-line">
                              {paragraph}
                            </p>
                          ))}
                        </div>
                      </details>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>

          <section aria-labelledby="help-downloads" className="flex flex-col gap-3">
            <h2 id="help-downloads" className="text-xl font-semibold">
              {t("downloads_title")}
            </h2>
            <p className="text-slate-800">{t("downloads_intro")}</p>
            <div className="grid gap-4 md:grid-cols-2">
              <section aria-labelledby="help-downloads-computer" className="rounded-xl border border-slate-200 bg-white p-4">
                <h3 id="help-downloads-computer" className="text-lg font-semibold">
                  {t("downloads_computer_title")}
                </h3>
                <p className="mt-1 text-slate-800">{t("downloads_computer")}</p>
              </section>
              <section aria-labelledby="help-downloads-phone" className="rounded-xl border border-slate-200 bg-white p-4">
                <h3 id="help-downloads-phone" className="text-lg font-semibold">
                  {t("downloads_phone_title")}
                </h3>
                <p className="mt-1 text-slate-800">{t("downloads_phone")}</p>
              </section>
            </div>
          </section>
        </div>
      </main>
    </OfficeBrand>
  );
}
