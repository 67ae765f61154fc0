import { getTranslations } from "next-intl/server";
import { telHref } from "@/lib/offices/tel";

const linkClasses = "inline-flex min-h-11 items-center underline underline-offset-4 [overflow-wrap:anywhere] hover:text-brand";

/** How to reach the office: its phone number (a tel: link where it can be dialled) and e-mail address, or that it gave none. */
export async function HelpContact({ officeName, phone, email }: { officeName: string; phone: string | null; email: string | null }) {
  const t = await getTranslations("help");
  const tel = phone ? telHref(phone) : null;
  return (
    <section aria-labelledby="help-contact" className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="help-contact" className="text-xl font-semibold">
        {t("contact_title")}
      </h2>
      {phone || email ? (
        <>
          <p className="mt-1 text-slate-700">{t("contact_intro", { office: officeName })}</p>
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
        <p className="mt-1 text-slate-700">{t("contact_none", { office: officeName })}</p>
      )}
    </section>
  );
}
