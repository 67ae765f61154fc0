import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LogoutButton } from "@/components/logout-button";
import { requireClient } from "@/lib/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("account") };
}

export default async function AccountPage() {
  const viewer = await requireClient();
  const t = await getTranslations("account");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <section aria-labelledby="account-details" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="account-details" className="text-lg font-semibold">
          {t("details")}
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-700">{t("name")}</dt>
          <dd>{viewer.name}</dd>
          <dt className="text-slate-700">{t("email")}</dt>
          <dd>{viewer.email}</dd>
          <dt className="text-slate-700">{t("language")}</dt>
          <dd>{t(`language_${viewer.locale}`)}</dd>
        </dl>
      </section>
      <LogoutButton className="self-start" />
    </div>
  );
}
