import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { SetPasswordExpired } from "@/components/auth/set-password-expired";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { findSetPasswordLink } from "@/lib/auth/set-password/tokens";
import { getCurrentOffice } from "@/lib/offices/current";

type Props = { params: Promise<{ token: string }> };

// One look-up per request, shared by the title and the page.
const usableAccount = cache(async (token: string) => {
  const office = await getCurrentOffice();
  return office ? findSetPasswordLink({ officeId: office.id, token }) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const account = await usableAccount((await params).token);
  const t = await getTranslations("set_password");
  // The token is in this URL: never send it on as a Referer.
  return { title: account ? t("form.title") : t("expired.title"), referrer: "no-referrer" };
}

/** Public: step 2 of "Eerste keer inloggen", reached from e-mail 2. Only a working link shows the form. */
export default async function SetPasswordPage({ params }: Props) {
  const { token } = await params;
  if (!(await usableAccount(token))) return <SetPasswordExpired />;
  const t = await getTranslations("set_password.form");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <SetPasswordForm token={token} />
    </div>
  );
}
