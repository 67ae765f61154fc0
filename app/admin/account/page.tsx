import { AreaIntlProvider } from "@/components/i18n/area-intl-provider";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountDetails } from "@/components/account/account-details";
import { AccountSection } from "@/components/account/account-section";
import { EndSessionsForm } from "@/components/account/end-sessions-form";
import { LocaleForm } from "@/components/account/locale-form";
import { PasswordForm } from "@/components/account/password-form";
import { FormAlert } from "@/components/ui/form-alert";
import { TwoFactorSection } from "@/components/account/two-factor-section";
import { getAccountSettings } from "@/lib/own-account/settings";
import { requireStaffAccount } from "@/lib/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("staff_title") };
}

/**
 * A staff member's own account: language, 2-step verification, password and sessions (notification e-mails are
 * for clients). Staff whose office requires 2-step verification land here until they have set it up.
 */
export default async function StaffAccountPage() {
  const viewer = await requireStaffAccount();
  const [t, t2, settings] = await Promise.all([
    getTranslations("account"),
    getTranslations("account_two_factor"),
    getAccountSettings(viewer),
  ]);
  if (!settings) notFound();
  return (
    <AreaIntlProvider area="admin.account">
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-semibold">{t("staff_title")}</h1>
        {viewer.twoFactorSetupRequired ? (
          <FormAlert tone="notice">
            {t2("required_notice")}{" "}
            <a href="#account-two-factor" className="font-medium underline">
              {t2("required_link")}
            </a>
          </FormAlert>
        ) : null}
        <AccountSection id="account-details" title={t("details")}>
          <AccountDetails name={settings.name} email={settings.email} />
        </AccountSection>
        <AccountSection id="account-locale" title={t("locale_title")} intro={t("locale_intro")}>
          <LocaleForm locale={settings.locale} />
        </AccountSection>
        <AccountSection id="account-two-factor" title={t2("title")} intro={t2("intro")}>
          <TwoFactorSection status={{ method: settings.twoFactorMethod, phoneEnding: settings.phoneEnding }} />
        </AccountSection>
        <AccountSection id="account-password" title={t("password_title")} intro={t("password_intro")}>
          <PasswordForm email={settings.email} />
        </AccountSection>
        <AccountSection id="account-sessions" title={t("sessions_title")} intro={t("sessions_intro")}>
          <EndSessionsForm />
        </AccountSection>
      </div>
    </AreaIntlProvider>
  );
}
