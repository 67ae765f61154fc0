import { expect, type Locator, type Page } from "@playwright/test";

/**
 * /set-password and the pages its e-mailed link leads to: the request for a link (e-mail address, "verstuur"),
 * the screen to choose the password, and the page of an expired or used link.
 */
export class SetPasswordPage {
  readonly requestHeading: Locator;
  readonly email: Locator;
  readonly sendButton: Locator;
  readonly status: Locator;
  readonly chooseHeading: Locator;
  readonly newPassword: Locator;
  readonly repeatPassword: Locator;
  readonly setButton: Locator;
  readonly expiredHeading: Locator;
  readonly newLinkLink: Locator;

  constructor(readonly page: Page) {
    this.requestHeading = page.getByRole("heading", { name: "Wachtwoord instellen", level: 1 });
    this.email = page.getByLabel("E-mailadres");
    this.sendButton = page.getByRole("button", { name: "verstuur" });
    this.status = page.getByRole("status");
    this.chooseHeading = page.getByRole("heading", { name: "Stel uw wachtwoord in", level: 1 });
    this.newPassword = page.getByLabel("Nieuw wachtwoord", { exact: true });
    this.repeatPassword = page.getByLabel("Herhaal nieuw wachtwoord");
    this.setButton = page.getByRole("button", { name: "instellen wachtwoord" });
    this.expiredHeading = page.getByRole("heading", { name: "Deze link is verlopen of al gebruikt", level: 1 });
    this.newLinkLink = page.getByRole("link", { name: "Nieuwe link aanvragen" });
  }

  /** The request page, or with a token the page its link opens. */
  async goto(token?: string): Promise<void> {
    await this.page.goto(token === undefined ? "/set-password" : `/set-password/${token}`);
  }

  /** Fills in the address and presses "verstuur". */
  async submitEmail(email: string): Promise<void> {
    await this.email.fill(email);
    await this.sendButton.click();
  }

  /** On the request page: asks for a link, and sees the answer that never tells whether the address is known. */
  async requestLink(email: string): Promise<void> {
    await expect(this.requestHeading).toBeVisible();
    await this.submitEmail(email);
    await expect(this.status).toContainText(
      "Als dit e-mailadres bij ons bekend is, ontvangt u binnen enkele minuten een e-mail met een link",
    );
  }

  /** Types the password twice and presses "instellen wachtwoord". */
  async submitPassword(password: string): Promise<void> {
    await this.newPassword.fill(password);
    await this.repeatPassword.fill(password);
    await this.setButton.click();
  }

  /** On the screen its link opens: chooses the password. */
  async choosePassword(password: string): Promise<void> {
    await expect(this.chooseHeading).toBeVisible();
    await this.submitPassword(password);
  }
}
