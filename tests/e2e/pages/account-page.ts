import type { Locator, Page } from "@playwright/test";
import { DEMO_LOGINS } from "../support/portal";

/** The account page: the client's /account, and the staff's /admin/account with the same sections (less the notifications). */
export class AccountPage {
  readonly passwordSection: Locator;
  readonly sessionsSection: Locator;
  readonly notificationsSection: Locator;
  readonly twoFactor: TwoFactorSection;
  /** The page's own Uitloggen button (the header has one too). */
  readonly signOutButton: Locator;

  constructor(
    readonly page: Page,
    readonly path: "/account" | "/admin/account" = "/account",
  ) {
    this.passwordSection = page.getByRole("region", { name: "Wachtwoord wijzigen" });
    this.sessionsSection = page.getByRole("region", { name: "Andere sessies beëindigen" });
    this.notificationsSection = page.getByRole("region", { name: "Notificaties" });
    this.twoFactor = new TwoFactorSection(page);
    this.signOutButton = page.getByRole("main").getByRole("button", { name: "Uitloggen" });
  }

  async goto(): Promise<void> {
    await this.page.goto(this.path);
  }

  /** The page's title: "Account" for a client, "Mijn account" for staff (or what it is in English). */
  heading(name = this.path === "/account" ? "Account" : "Mijn account"): Locator {
    return this.page.getByRole("heading", { name, level: 1 });
  }

  /** The language section: "Instellen taal" while the portal is in Dutch, "Language" in English. */
  languageSection(name: "Instellen taal" | "Language" = "Instellen taal"): Locator {
    return this.page.getByRole("region", { name });
  }

  /** Chooses a language and saves it, from the section as the page shows it in the other language. */
  async chooseLanguage(label: "English" | "Nederlands", saveLabel: string): Promise<void> {
    const section = this.languageSection(label === "English" ? "Instellen taal" : "Language");
    await section.getByRole("radio", { name: label }).check();
    await section.getByRole("button", { name: saveLabel }).click();
  }

  notificationSwitch(name: string): Locator {
    return this.notificationsSection.getByRole("switch", { name });
  }

  async saveNotifications(): Promise<void> {
    await this.notificationsSection.getByRole("button", { name: "Opslaan" }).click();
  }

  /** Wachtwoord wijzigen: the current password, the new one twice. */
  async changePassword(current: string, next: string): Promise<void> {
    await this.passwordSection.getByLabel("Huidig wachtwoord").fill(current);
    await this.passwordSection.getByLabel("Nieuw wachtwoord", { exact: true }).fill(next);
    await this.passwordSection.getByLabel("Herhaal nieuw wachtwoord").fill(next);
    await this.passwordSection.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  }

  /** Andere sessies beëindigen, with the password. */
  async endOtherSessions(password: string): Promise<void> {
    await this.sessionsSection.getByLabel("Wachtwoord").fill(password);
    await this.sessionsSection.getByRole("button", { name: "Andere sessies beëindigen" }).click();
  }
}

/** The account page's section "2-staps verificatie": set up by SMS or with an authenticator app, the herstelcode, Uitschakelen. */
export class TwoFactorSection {
  readonly section: Locator;
  /** "Uit", "Aan: authenticator-app", "Aan: sms naar het nummer eindigend op …78". */
  readonly state: Locator;
  readonly password: Locator;
  readonly phone: Locator;
  readonly code: Locator;
  readonly appCode: Locator;
  readonly confirmButton: Locator;
  readonly manualKey: Locator;
  readonly recoveryHeading: Locator;
  readonly recoveryCode: Locator;
  readonly doneButton: Locator;
  readonly switchOffButton: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole("region", { name: "2-staps verificatie" });
    this.state = this.section.getByTestId("two-factor-status");
    this.password = this.section.getByLabel("Wachtwoord");
    this.phone = this.section.getByLabel("Mobiel nummer");
    this.code = this.section.getByLabel("Verificatiecode");
    this.appCode = this.section.getByLabel("Code uit de app (6 cijfers)");
    this.confirmButton = this.section.getByRole("button", { name: "Bevestigen" });
    this.manualKey = this.section.getByTestId("two-factor-manual-key");
    this.recoveryHeading = this.section.getByRole("heading", { name: "Uw herstelcode" });
    this.recoveryCode = this.section.getByTestId("two-factor-recovery-code");
    this.doneButton = this.section.getByRole("button", { name: "Klaar" });
    this.switchOffButton = this.section.getByRole("button", { name: "Uitschakelen" });
    this.status = this.section.getByRole("status");
  }

  /** "Instellen" (SMS): the section then asks for the password and the mobile number. */
  async startSms(): Promise<void> {
    await this.section.getByRole("button", { name: "Instellen", exact: true }).click();
  }

  /** The password and the number, then "Verstuur sms". */
  async sendSms(password: string, number: string): Promise<void> {
    await this.password.fill(password);
    await this.phone.fill(number);
    await this.section.getByRole("button", { name: "Verstuur sms" }).click();
  }

  /** "Authenticator-app instellen" and the password; "Verder" is left to the caller. */
  async startApp(password: string): Promise<void> {
    await this.section.getByRole("button", { name: "Authenticator-app instellen" }).click();
    await this.password.fill(password);
  }

  async continue(): Promise<void> {
    await this.section.getByRole("button", { name: "Verder" }).click();
  }

  /** The key to type into an authenticator app, without its spaces. */
  async readManualKey(): Promise<string> {
    return ((await this.manualKey.textContent()) ?? "").replace(/\s/g, "");
  }

  async confirmCode(code: string): Promise<void> {
    await this.code.fill(code);
    await this.confirmButton.click();
  }

  async confirmAppCode(code: string): Promise<void> {
    await this.appCode.fill(code);
    await this.confirmButton.click();
  }

  /** "verstuur e-mail": the herstelcode by e-mail too. */
  async mailRecoveryCode(): Promise<void> {
    await this.section.getByRole("button", { name: "verstuur e-mail" }).click();
  }

  async done(): Promise<void> {
    await this.doneButton.click();
  }

  /** "Uitschakelen", then the password; the second "Uitschakelen" is left to the caller. */
  async startSwitchOff(password: string = DEMO_LOGINS.password): Promise<void> {
    await this.switchOffButton.click();
    await this.password.fill(password);
  }
}
