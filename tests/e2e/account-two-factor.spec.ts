import { randomInt } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { AccountPage, type TwoFactorSection } from "./pages/account-page";
import { LoginPage } from "./pages/login-page";
import { OutboxPage } from "./pages/outbox-page";
import { DEMO_LOGINS, expectAccessible } from "./support/portal";

/**
 * What an authenticator app shows now for the manual key: generateTotp(decodeTotpSecret(key)) of
 * lib/auth/two-factor/totp.ts, whose "server-only" import Playwright cannot load; same library, same steps.
 */
function appCode(manualKey: string): string {
  return generateHOTP(decodeBase32IgnorePadding(manualKey.replace(/\s/g, "")), BigInt(Math.floor(Date.now() / 30_000)), 6);
}

// Both tests switch 2-step verification on for the shared demo client and OFF again before they end, so the
// demo login (and every other test signing in as the demo client) stays one step. SMS and mail come from
// /dev/outbox, read in a second tab so the Account page keeps its state (the herstelcode lives only there).

async function openAccount(page: Page): Promise<TwoFactorSection> {
  // Its own address, so sign-in throttling of other tests does not slow this one down.
  const login = new LoginPage(page);
  await login.comeFromFreshAddress();
  await login.signIn(DEMO_LOGINS.client);
  await expect(page).toHaveURL(/\/$/);
  const account = new AccountPage(page);
  await account.goto();
  await expect(account.twoFactor.state).toHaveText("Uit");
  return account.twoFactor;
}

/** The herstelcode screen: shown once, with the manual's words (docs/client-manual.md M-2FA-4); returns the code. */
async function expectRecoveryScreen(page: Page, twoFactor: TwoFactorSection): Promise<string> {
  await expect(twoFactor.recoveryHeading).toBeFocused();
  await expect(
    twoFactor.section.getByText("Deze code heeft u nodig als u geen toegang meer heeft tot uw mobiele telefoon. Bewaar deze code goed."),
  ).toBeVisible();
  const code = (await twoFactor.recoveryCode.textContent()) ?? "";
  expect(code).toMatch(/^([A-Z2-7]{4}-){5}[A-Z2-7]{4}$/);
  await expectAccessible(page);
  return code;
}

/** "Uitschakelen" with the password, whatever state a failed run left behind. */
async function switchOff(page: Page): Promise<void> {
  const account = new AccountPage(page);
  await account.goto();
  const twoFactor = account.twoFactor;
  if ((await twoFactor.state.textContent()) === "Uit") return;
  await twoFactor.startSwitchOff(DEMO_LOGINS.password);
  await expectAccessible(page);
  await twoFactor.switchOffButton.click();
  await expect(twoFactor.status).toHaveText("2-staps verificatie is uitgeschakeld. U ontvangt hierover een bevestiging per e-mail.");
  await expect(twoFactor.state).toHaveText("Uit");
}

test("SMS set-up per docs/client-manual.md M-2FA: number, code, herstelcode, verstuur e-mail, then Uitschakelen", async ({ page }) => {
  const twoFactor = await openAccount(page);
  const section = twoFactor.section;
  await expectAccessible(page);
  const number = `3161${randomInt(1_000_000, 9_999_999)}`; // 061…: a Dutch mobile range
  try {
    await twoFactor.startSms();
    await expect(section.getByText("Begin met het landnummer (31); de nul (0) vervalt. Bijvoorbeeld: 31612345678.")).toBeVisible();
    // A wrong password is refused on its own field.
    await twoFactor.sendSms("niet-het-wachtwoord", number);
    await expect(section.getByText("Het wachtwoord is onjuist.")).toBeVisible();
    await expectAccessible(page);
    await twoFactor.sendSms(DEMO_LOGINS.password, number);
    await expect(twoFactor.status).toContainText(`eindigend op …${number.slice(-2)}`);
    await expect(section.getByRole("button", { name: "Stuur een nieuwe code" })).toBeVisible();
    await expectAccessible(page);

    const code = await OutboxPage.smsCode(page.context(), `+${number}`);
    await twoFactor.confirmCode(code === "000000" ? "111111" : "000000");
    await expect(section.getByText("De code is niet juist. Controleer de code en probeer het opnieuw.")).toBeVisible();
    await twoFactor.confirmCode(code);
    const recoveryCode = await expectRecoveryScreen(page, twoFactor);

    await twoFactor.mailRecoveryCode();
    await expect(twoFactor.status).toHaveText("De herstelcode is naar uw e-mailadres gestuurd.");
    const mail = await OutboxPage.newestText(page.context(), { to: DEMO_LOGINS.client, subject: "Uw herstelcode voor Demo Notariaat" });
    expect(mail).toContain(recoveryCode);

    await twoFactor.done();
    await expect(twoFactor.state).toHaveText(`Aan: sms naar het nummer eindigend op …${number.slice(-2)}`);
    await expect(twoFactor.recoveryCode).toHaveCount(0);
    await expectAccessible(page);
  } finally {
    await switchOff(page);
  }
});

test("authenticator-app set-up: QR code and key, the app's code, herstelcode, then Uitschakelen", async ({ page }) => {
  test.setTimeout(120_000); // room for waiting out a time step the other project just used (below)
  const twoFactor = await openAccount(page);
  const section = twoFactor.section;
  try {
    await twoFactor.startApp(DEMO_LOGINS.password);
    await expectAccessible(page);
    await twoFactor.continue();
    await expect(section.getByRole("img", { name: "QR-code voor het instellen van uw authenticator-app" })).toBeVisible();
    const manualKey = (await twoFactor.manualKey.textContent()) ?? "";
    await expectAccessible(page);

    // The other project may have used this time step for the same demo account a moment ago (replay
    // protection): then wait for the app's next code, as a person would.
    const used = section.getByText("Deze code is al gebruikt. Wacht op de volgende code in de app.");
    for (let attempt = 0; ; attempt++) {
      await twoFactor.confirmAppCode(appCode(manualKey));
      await expect(twoFactor.recoveryHeading.or(used)).toBeVisible();
      if (!(await used.isVisible()) || attempt === 2) break;
      await page.waitForTimeout(31_000 - (Date.now() % 30_000));
    }
    await expectRecoveryScreen(page, twoFactor);
    await twoFactor.done();
    await expect(twoFactor.state).toHaveText("Aan: authenticator-app");
  } finally {
    await switchOff(page);
  }
});
