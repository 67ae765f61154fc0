import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TwoFactorCodeForm } from "@/components/auth/two-factor-code-form";
import { describeLoginChallenge } from "@/lib/auth/two-factor/login";
import { getPendingSignIn, getViewer } from "@/lib/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("two_factor_login");
  return { title: t("title") };
}

/** The sign-in's second step; only for a pending session (password done), whose SMS went out at the password step. */
export default async function LoginCodePage() {
  if (await getViewer()) redirect("/");
  const pending = await getPendingSignIn();
  if (!pending) redirect("/login");
  const challenge = await describeLoginChallenge(pending);
  if (!challenge) redirect("/login?reason=ended");
  const t = await getTranslations("two_factor_login");
  const noPhone = challenge.method === "sms" && !challenge.phoneEnding;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>
        {noPhone ? t("no_phone") : challenge.method === "sms" ? t("sms_intro", { ending: challenge.phoneEnding ?? "" }) : t("totp_intro")}
      </p>
      {noPhone ? null : <TwoFactorCodeForm method={challenge.method} />}
      <p className="text-center text-sm">
        <Link href="/login/recovery" className="inline-block py-3 font-medium text-brand underline">
          {t("lost_phone")}
        </Link>
      </p>
    </div>
  );
}
