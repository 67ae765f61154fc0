import { getTranslations } from "next-intl/server";

/** Where a downloaded document ends up, on a computer and on a phone (docs/client-manual.md M-FAQ-8). */
export async function HelpDownloads() {
  const t = await getTranslations("help");
  return (
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
  );
}
