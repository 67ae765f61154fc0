import { getTranslations } from "next-intl/server";

/** Name and e-mail address of the signed-in account (changed by the office, not here). */
export async function AccountDetails({ name, email }: { name: string; email: string }) {
  const t = await getTranslations("account");
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
      <dt className="text-slate-700">{t("name")}</dt>
      <dd className="break-words">{name}</dd>
      <dt className="text-slate-700">{t("email")}</dt>
      <dd className="break-words">{email}</dd>
    </dl>
  );
}
