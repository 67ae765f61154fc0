import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TwoFactorRecoveryForm } from "@/components/auth/two-factor-recovery-form";
import { getPendingSignIn, getViewer } from "@/lib/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("two_factor_login");
  return { title: t("recovery_title") };
}

/**
 * "Ik heb geen toegang meer tot mijn telefoon": the recovery code instead of the SMS or app code. Signed-in
 * viewers get the same component (see two-factor-recovery-form.tsx: the new code must survive the refresh).
 */
export default async function LoginRecoveryPage() {
  const signedIn = (await getViewer()) !== null;
  if (!signedIn && !(await getPendingSignIn())) redirect("/login");
  const t = await getTranslations("two_factor_login");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t("recovery_title")}</h1>
      {signedIn ? null : <p>{t("recovery_intro")}</p>}
      <TwoFactorRecoveryForm signedIn={signedIn} />
      {signedIn ? null : (
        <p className="text-center text-sm">
          <Link href="/login/code" className="inline-block py-3 font-medium text-brand underline">
            {t("back_to_code")}
          </Link>
        </p>
      )}
    </div>
  );
}
