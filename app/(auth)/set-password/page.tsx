import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SetPasswordRequestForm } from "@/components/auth/set-password-request-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("set_password.request");
  return { title: t("title") };
}

/** Public: step 1 of "Eerste keer inloggen", and the forgotten-password page of the login screen. */
export default async function SetPasswordRequestPage() {
  const t = await getTranslations("set_password.request");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <SetPasswordRequestForm />
    </div>
  );
}
