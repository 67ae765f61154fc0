import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountDetails } from "@/components/account/account-details";
import { AccountSection } from "@/components/account/account-section";
import { EndSessionsForm } from "@/components/account/end-sessions-form";
import { LocaleForm } from "@/components/account/locale-form";
import { NotificationsForm } from "@/components/account/notifications-form";
import { PasswordForm } from "@/components/account/password-form";
import { TwoFactorSection } from "@/components/account/two-factor-section";
import { LogoutButton } from "@/components/logout-button";
import { getAccountSettings } from "@/lib/own-account/settings";
import { requireClient } from "@/lib/auth/viewer";
import { AreaIntlProvider } from "@/components/i18n/area-intl-provider";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("account") };
}

/** The client's own account: details, language, notifications, password and sessions (manual, "ACCOUNT": docs/client-manual.md M-ACC). */
export default async function AccountPage() {
  const viewer = await requireClient();
  const [t, t2, settings] = await Promise.all([
    getTranslations("account"),
    getTranslations("account_two_factor"),
    getAccountSettings(viewer),
  ]);
  if (!settings) notFound();
  return (
    <AreaIntlProvider area="portal.account">
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <AccountSection id="account-details" title={t("details")}>
          <AccountDetails name={settings.name} email={settings.email} />
          <LogoutButton className="self-start" />
        </AccountSection>
        <AccountSection id="account-locale" title={t("locale_title")} intro={t("locale_intro")}>
          <LocaleForm locale={settings.locale} />
        </AccountSection>
        <AccountSection id="account-notifications" title={t("notifications_title")} intro={t("notifications_intro")}>
          <NotificationsForm initial={{ notifyDocuments: settings.notifyDocuments, notifyMessages: settings.notifyMessages }} />
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
