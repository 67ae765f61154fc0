import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { TwoFactorCodeForm } from "@/components/auth/two-factor-code-form";
import { FormAlert } from "@/components/ui/form-alert";
import { describeLoginChallenge } from "@/lib/auth/two-factor/login";
import { getPendingSignIn, getViewer } from "@/lib/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("two_factor_login");
  return { title: t("title") };
}

/** "22:15" for a time within the next hours, with the date when the daily limit stops sending until tomorrow. */
function untilText(format: Awaited<ReturnType<typeof getFormatter>>, until: Date): string {
  const soon = until.getTime() - Date.now() < 12 * 60 * 60_000;
  return format.dateTime(until, soon ? { timeStyle: "short" } : { dateStyle: "medium", timeStyle: "short" });
}

/**
 * The sign-in's second step; only for a pending session (password done). For SMS it says whether the code went
 * out: when the sending limits stopped it, it says so at once, from when a new one can be requested, and points
 * to the recovery code.
 */
export default async function LoginCodePage() {
  if (await getViewer()) redirect("/");
  const pending = await getPendingSignIn();
  if (!pending) redirect("/login");
  const challenge = await describeLoginChallenge(pending);
  if (!challenge) redirect("/login?reason=ended");
  const [t, format] = await Promise.all([getTranslations("two_factor_login"), getFormatter()]);
  const noPhone = challenge.method === "sms" && !challenge.phoneEnding;
  const notSent = challenge.method === "sms" && !noPhone && !challenge.smsSent;
  const blockedUntil = challenge.smsBlockedUntil;
  const nextAt = blockedUntil ? untilText(format, blockedUntil) : null;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {notSent ? (
        <FormAlert tone="notice">
          {t("sms_not_sent")} {nextAt ? t("sms_next_at", { time: nextAt }) : null}{" "}
          <Link href="/login/recovery" className="font-medium underline">
            {t("use_recovery")}
          </Link>
        </FormAlert>
      ) : (
        <p>
          {noPhone ? t("no_phone") : challenge.method === "sms" ? t("sms_intro", { ending: challenge.phoneEnding ?? "" }) : t("totp_intro")}
        </p>
      )}
      {noPhone ? null : (
        <TwoFactorCodeForm method={challenge.method} resendBlockedText={nextAt ? t("sms_next_at", { time: nextAt }) : null} />
      )}
      <p className="text-center text-sm">
        <Link href="/login/recovery" className="inline-block py-3 font-medium text-brand underline">
          {t("lost_phone")}
        </Link>
      </p>
    </div>
  );
}
