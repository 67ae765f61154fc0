import { expect, type Locator, type Page } from "@playwright/test";
import { freshAddress } from "../support/data";
import { DEMO_LOGINS } from "../support/portal";

/** /login: the sign-in form (the second step, when there is one, is CodePage). */
export class LoginPage {
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submitButton: Locator;
  /** The form's answer: a wrong password, a locked address, a sign-in that ended. */
  readonly alert: Locator;
  /** "instellen wachtwoord": the way to a forgotten password. */
  readonly setPasswordLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Inloggen" });
    this.email = page.getByLabel("E-mailadres");
    this.password = page.getByLabel("Wachtwoord");
    this.submitButton = page.getByRole("button", { name: "Inloggen" });
    this.alert = page.getByRole("main").getByRole("alert");
    this.setPasswordLink = page.getByRole("link", { name: "instellen wachtwoord" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/login");
  }

  /** From here on this page comes from an address of its own, so the per-IP sign-in delay of one test never slows another. */
  async comeFromFreshAddress(): Promise<void> {
    await this.page.setExtraHTTPHeaders({ "x-forwarded-for": freshAddress() });
  }

  /** Opens the login page and signs in; where the portal goes next is for the caller to check. */
  async signIn(email: string, password: string = DEMO_LOGINS.password): Promise<void> {
    await this.goto();
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submitButton.click();
  }

  /** Signs in from an address of its own and waits until the portal has left the login pages. */
  async signInFresh(email: string): Promise<void> {
    await this.comeFromFreshAddress();
    await this.signIn(email);
    // Only for signing in: on every request it would also reach storage, whose CORS rules do not admit it.
    await this.page.waitForURL((url) => !url.pathname.startsWith("/login"));
    await this.page.setExtraHTTPHeaders({});
  }

  /** Submits the open form and waits for the server's answer (the delay can make it take seconds). */
  async submit(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await Promise.all([
      this.page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/login"), {
        timeout: 20_000,
      }),
      this.submitButton.click(),
    ]);
    // React resets the form once it has handled the answer: only then is the next attempt's input safe to type.
    await expect(this.password).toHaveValue("");
  }
}
