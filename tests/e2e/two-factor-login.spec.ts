// The sign-in's second step with the 2-step clients of scripts/lib/e2e-fixtures.mts: SMS code (read from the
// outbox), wrong codes, what a pending session may not open, the recovery code, and the authenticator app.
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { expect, test, type Page } from "@playwright/test";
import { TWO_FACTOR_LOGINS } from "../../scripts/lib/e2e-fixtures.mts";
import { AccountPage } from "./pages/account-page";
import { CodePage, RecoveryPage } from "./pages/code-page";
import { HomePage } from "./pages/home-page";
import { LoginPage } from "./pages/login-page";
import { OutboxPage } from "./pages/outbox-page";
import { SetPasswordPage } from "./pages/set-password-page";
import { DEMO_LOGINS, expectAccessible } from "./support/portal";

// Each test comes from its own address, so the per-IP sign-in delay of one test never slows another.

/** Signs in with the password, from an address of its own, and lands on the code page. */
async function toCodePage(page: Page, email: string): Promise<CodePage> {
  const login = new LoginPage(page);
  await login.comeFromFreshAddress();
  await login.signIn(email);
  await expect(page).toHaveURL(/\/login\/code$/);
  const codePage = new CodePage(page);
  await expect(codePage.heading).toBeVisible();
  return codePage;
}

/** A six-digit code that is not `code`. */
const otherThan = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

test("SMS: the code page, what a pending session cannot open, a wrong code, then the right code signs in", async ({ page }) => {
  const codePage = await toCodePage(page, TWO_FACTOR_LOGINS.sms);
  await expect(
    page.getByText("Vul de verificatiecode in die wij per sms naar uw mobiele nummer eindigend op …78 hebben gestuurd."),
  ).toBeVisible();
  await expect(codePage.code).toHaveAttribute("inputmode", "numeric");
  await expect(codePage.code).toHaveAttribute("autocomplete", "one-time-code");
  await expectAccessible(page);

  // Password done, code not yet: signed out everywhere.
  for (const path of ["/", "/dossiers", "/account"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login$/);
  }
  const download = await page.request.get("/api/documents/00000000-0000-4000-8000-000000000000/download", { maxRedirects: 0 });
  expect(download.status()).toBe(303);
  expect(download.headers().location).toBe("/login");

  await codePage.goto();
  const code = await OutboxPage.smsCode(page.context(), TWO_FACTOR_LOGINS.smsPhone);
  await codePage.submitCode(otherThan(code));
  await expect(page.getByText("De code is niet juist. Controleer de code en probeer het opnieuw.")).toBeVisible();
  await codePage.resendButton.click();
  await expect(page.getByText("U kunt over een minuut een nieuwe code laten versturen.")).toBeVisible();

  await codePage.submitCode(code);
  await expect(page).toHaveURL(/\/$/);
  await expect(new HomePage(page).heading).toBeVisible();
  const account = new AccountPage(page);
  await account.goto();
  await expect(account.heading()).toBeVisible();
});

test("the code page without a pending sign-in goes to the login page", async ({ page }) => {
  await new LoginPage(page).comeFromFreshAddress();
  await new CodePage(page).goto();
  await expect(page).toHaveURL(/\/login$/);
  await new RecoveryPage(page).goto();
  await expect(page).toHaveURL(/\/login$/);
});

test("the fifth wrong code ends the sign-in and asks for the password again", async ({ page }, testInfo) => {
  const project = testInfo.project.name as "desktop" | "mobile";
  const codePage = await toCodePage(page, TWO_FACTOR_LOGINS.recoveryByProject[project]);
  const wrong = otherThan(await OutboxPage.smsCode(page.context(), TWO_FACTOR_LOGINS.recoveryPhoneByProject[project]));
  for (let attempt = 1; attempt <= 4; attempt++) {
    await codePage.submitCode(wrong);
    await expect(page.getByText("De code is niet juist. Controleer de code en probeer het opnieuw.")).toBeVisible();
    await expect(codePage.code).toHaveValue("");
  }
  await codePage.submitCode(wrong);
  await expect(page).toHaveURL(/\/login\?reason=code_exhausted$/);
  await expect(new LoginPage(page).alert).toHaveText("Te vaak een onjuiste code. Log opnieuw in.");
  await codePage.goto();
  await expect(page).toHaveURL(/\/login$/);
});

test("no access to the phone: the recovery code signs in once and a new one is shown", async ({ page }, testInfo) => {
  const email = TWO_FACTOR_LOGINS.recoveryByProject[testInfo.project.name as "desktop" | "mobile"];
  const codePage = await toCodePage(page, email);
  await codePage.noPhoneLink.click();
  await expect(page).toHaveURL(/\/login\/recovery$/);
  await expectAccessible(page);
  const recovery = new RecoveryPage(page);
  await recovery.signInWith("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF");
  await expect(page.getByText("De herstelcode is niet juist.")).toBeVisible();

  await recovery.signInWith(TWO_FACTOR_LOGINS.recoveryCode);
  await expect(recovery.newCodeHeading).toBeVisible();
  const fresh = (await recovery.newCode.innerText()).trim();
  expect(fresh).toMatch(/^([A-Z2-7]{4}-){5}[A-Z2-7]{4}$/);
  expect(fresh).not.toBe(TWO_FACTOR_LOGINS.recoveryCode);
  await expectAccessible(page);

  // The new code can be copied, printed and e-mailed, like the first one (issue 14).
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Kopiëren" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De herstelcode is gekopieerd." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(fresh);
  // The print dialog cannot open in a headless browser: the button's call to it is what is checked.
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute("data-printed", "yes");
  });
  await page.getByRole("button", { name: "Afdrukken" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-printed", "yes");
  await page.getByRole("button", { name: "verstuur e-mail" }).click();
  await expect(page.getByText("De herstelcode is naar uw e-mailadres gestuurd.")).toBeVisible();
  expect(await OutboxPage.newestText(page.context(), { to: email, subject: /herstelcode/ })).toContain(fresh);
  await recovery.continueLink.click();
  await expect(new HomePage(page).heading).toBeVisible();
});

test("at the SMS limit the code page says at once that no SMS went out, until when, and offers the recovery code (issue 14)", async ({
  page,
}, testInfo) => {
  const email = TWO_FACTOR_LOGINS.limitByProject[testInfo.project.name as "desktop" | "mobile"];
  // Five sign-ins in a row each send a code: set-up plus a first sign-in never reach this.
  for (let i = 0; i < 5; i++) {
    await toCodePage(page, email);
    await expect(page.getByText(/Vul de verificatiecode in die wij per sms/)).toBeVisible();
    await page.context().clearCookies();
  }
  await toCodePage(page, email);
  const notice = page.getByRole("status").filter({ hasText: "Er is geen sms verstuurd" });
  await expect(notice).toContainText(/Vanaf \d{1,2}:\d{2} kunt u een nieuwe code laten versturen\./);
  await expect(page.getByText(/Vul de verificatiecode in die wij per sms/)).toBeHidden();
  await expectAccessible(page);
  await new CodePage(page).resendButton.click();
  const refused = page.getByRole("alert").filter({ hasText: "Er zijn te veel codes verstuurd." });
  await expect(refused).toContainText(/Vanaf \d{1,2}:\d{2}/);
  await notice.getByRole("link", { name: "Kunt u niet wachten? Log in met uw herstelcode." }).click();
  await expect(page).toHaveURL(/\/login\/recovery$/);
});

test("authenticator app: the code computed from the secret signs in", async ({ page }, testInfo) => {
  const codePage = await toCodePage(page, TWO_FACTOR_LOGINS.totp);
  await expect(page.getByText("Vul de code in die de authenticator-app op uw telefoon nu laat zien.")).toBeVisible();
  await expectAccessible(page);
  // A used time step is refused (replay protection); the mobile run takes the next step (±1 step is accepted),
  // so it never repeats the desktop run's step.
  const step = Math.floor(Date.now() / 30_000) + (testInfo.project.name === "mobile" ? 1 : 0);
  await codePage.submitCode(generateHOTP(decodeBase32IgnorePadding(TWO_FACTOR_LOGINS.totpSecret), BigInt(step), 6));
  await expect(page).toHaveURL(/\/$/);
  await expect(new HomePage(page).heading).toBeVisible();
});

test("a password set through the e-mailed link still asks for the second step", async ({ page }) => {
  await new LoginPage(page).comeFromFreshAddress();
  const setPassword = new SetPasswordPage(page);
  await setPassword.goto();
  await setPassword.submitEmail(TWO_FACTOR_LOGINS.totp);
  await expect(setPassword.status).toBeVisible();
  const outbox = new OutboxPage(page);
  await outbox.goto();
  await outbox.followLink({ to: TWO_FACTOR_LOGINS.totp }, /\/set-password\//);
  // The same password again, so the other tests of this file keep signing in with it.
  await setPassword.submitPassword(DEMO_LOGINS.password);
  await expect(page).toHaveURL(/\/login\/code$/);
  await expect(page.getByText("Vul de code in die de authenticator-app op uw telefoon nu laat zien.")).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
});
