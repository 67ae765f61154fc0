import type { Locator, Page } from "@playwright/test";

/** /login/code: the sign-in's second step (a code by SMS or from the authenticator app). */
export class CodePage {
  readonly heading: Locator;
  readonly code: Locator;
  readonly confirmButton: Locator;
  readonly resendButton: Locator;
  readonly noPhoneLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Verificatiecode", level: 1 });
    this.code = page.getByLabel("Verificatiecode");
    this.confirmButton = page.getByRole("button", { name: "Bevestigen" });
    this.resendButton = page.getByRole("button", { name: "Stuur een nieuwe code" });
    this.noPhoneLink = page.getByRole("link", { name: "Ik heb geen toegang meer tot mijn telefoon" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/login/code");
  }

  async submitCode(code: string): Promise<void> {
    await this.code.fill(code);
    await this.confirmButton.click();
  }
}

/** /login/recovery: signing in with the herstelcode, and the new herstelcode shown once after it. */
export class RecoveryPage {
  readonly recoveryCode: Locator;
  readonly submitButton: Locator;
  readonly newCodeHeading: Locator;
  readonly newCode: Locator;
  readonly continueLink: Locator;

  constructor(readonly page: Page) {
    this.recoveryCode = page.getByLabel("Herstelcode");
    this.submitButton = page.getByRole("button", { name: "Inloggen" });
    this.newCodeHeading = page.getByRole("heading", { name: "Bewaar deze nieuwe herstelcode goed" });
    this.newCode = page.getByTestId("new-recovery-code");
    this.continueLink = page.getByRole("link", { name: "Verder naar het portaal" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/login/recovery");
  }

  async signInWith(recoveryCode: string): Promise<void> {
    await this.recoveryCode.fill(recoveryCode);
    await this.submitButton.click();
  }
}
