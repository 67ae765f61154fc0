import { getTranslations } from "next-intl/server";

/** Shown when no office exists yet (a new production install before `npm run portal -- office:create`). */
export async function NoOffice() {
  const t = await getTranslations("common");
  return (
    <main className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("app_name")}</h1>
      <p className="mt-4">{t("no_office")}</p>
    </main>
  );
}
