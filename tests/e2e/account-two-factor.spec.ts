import { randomBytes, randomInt } from "node:crypto";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { DEMO_LOGINS, expectAccessible, signIn } from "./support/portal";

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

async function openAccount(page: Page): Promise<Locator> {
  // Its own address, so sign-in throttling of other tests does not slow this one down.
  const [a, b, c] = randomBytes(3);
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${a}.${b}.${c}` });
  await signIn(page, DEMO_LOGINS.client);
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/account");
  const section = page.getByRole("region", { name: "2-staps verificatie" });
  await expect(section.getByTestId("two-factor-status")).toHaveText("Uit");
  return section;
}

/** The newest outbox entry matching `filter`, read in a second tab. */
async function newestOutboxText(page: Page, filter: { recipient: string; subject?: string }): Promise<string> {
  const tab = await page.context().newPage();
  try {
    await tab.goto("/dev/outbox");
    let entries = tab
      .getByTestId("outbox-entry")
      .filter({ has: tab.getByTestId("outbox-recipient").getByText(filter.recipient, { exact: true }) });
    if (filter.subject) entries = entries.filter({ has: tab.getByRole("heading", { name: filter.subject }) });
    return (await entries.first().locator("pre").textContent()) ?? "";
  } finally {
    await tab.close();
  }
}

/** The herstelcode screen: shown once, with the manual's words (docs/client-manual.md M-2FA-4); returns the code. */
async function expectRecoveryScreen(page: Page, section: Locator): Promise<string> {
  await expect(section.getByRole("heading", { name: "Uw herstelcode" })).toBeFocused();
  await expect(
    section.getByText("Deze code heeft u nodig als u geen toegang meer heeft tot uw mobiele telefoon. Bewaar deze code goed."),
  ).toBeVisible();
  const code = (await section.getByTestId("two-factor-recovery-code").textContent()) ?? "";
  expect(code).toMatch(/^([A-Z2-7]{4}-){5}[A-Z2-7]{4}$/);
  await expectAccessible(page);
  return code;
}

/** "Uitschakelen" with the password, whatever state a failed run left behind. */
async function switchOff(page: Page): Promise<void> {
  await page.goto("/account");
  const section = page.getByRole("region", { name: "2-staps verificatie" });
  if ((await section.getByTestId("two-factor-status").textContent()) === "Uit") return;
  await section.getByRole("button", { name: "Uitschakelen" }).click();
  await section.getByLabel("Wachtwoord").fill(DEMO_LOGINS.password);
  await expectAccessible(page);
  await section.getByRole("button", { name: "Uitschakelen" }).click();
  await expect(section.getByRole("status")).toHaveText(
    "2-staps verificatie is uitgeschakeld. U ontvangt hierover een bevestiging per e-mail.",
  );
  await expect(section.getByTestId("two-factor-status")).toHaveText("Uit");
}

test("SMS set-up per docs/client-manual.md M-2FA: number, code, herstelcode, verstuur e-mail, then Uitschakelen", async ({ page }) => {
  const section = await openAccount(page);
  await expectAccessible(page);
  const number = `3161${randomInt(1_000_000, 9_999_999)}`; // 061…: a Dutch mobile range
  try {
    await section.getByRole("button", { name: "Instellen", exact: true }).click();
    await expect(section.getByText("Begin met het landnummer (31); de nul (0) vervalt. Bijvoorbeeld: 31612345678.")).toBeVisible();
    // A wrong password is refused on its own field.
    await section.getByLabel("Wachtwoord").fill("niet-het-wachtwoord");
    await section.getByLabel("Mobiel nummer").fill(number);
    await section.getByRole("button", { name: "Verstuur sms" }).click();
    await expect(section.getByText("Het wachtwoord is onjuist.")).toBeVisible();
    await expectAccessible(page);
    await section.getByLabel("Wachtwoord").fill(DEMO_LOGINS.password);
    await section.getByLabel("Mobiel nummer").fill(number);
    await section.getByRole("button", { name: "Verstuur sms" }).click();
    await expect(section.getByRole("status")).toContainText(`eindigend op …${number.slice(-2)}`);
    await expect(section.getByRole("button", { name: "Stuur een nieuwe code" })).toBeVisible();
    await expectAccessible(page);

    const sms = await newestOutboxText(page, { recipient: `+${number}` });
    const code = sms.match(/\b(\d{6})\b/)![1]!;
    await section.getByLabel("Verificatiecode").fill(code === "000000" ? "111111" : "000000");
    await section.getByRole("button", { name: "Bevestigen" }).click();
    await expect(section.getByText("De code is niet juist. Controleer de code en probeer het opnieuw.")).toBeVisible();
    await section.getByLabel("Verificatiecode").fill(code);
    await section.getByRole("button", { name: "Bevestigen" }).click();
    const recoveryCode = await expectRecoveryScreen(page, section);

    await section.getByRole("button", { name: "verstuur e-mail" }).click();
    await expect(section.getByRole("status")).toHaveText("De herstelcode is naar uw e-mailadres gestuurd.");
    const mail = await newestOutboxText(page, { recipient: DEMO_LOGINS.client, subject: "Uw herstelcode voor Demo Notariaat" });
    expect(mail).toContain(recoveryCode);

    await section.getByRole("button", { name: "Klaar" }).click();
    await expect(section.getByTestId("two-factor-status")).toHaveText(`Aan: sms naar het nummer eindigend op …${number.slice(-2)}`);
    await expect(section.getByTestId("two-factor-recovery-code")).toHaveCount(0);
    await expectAccessible(page);
  } finally {
    await switchOff(page);
  }
});

test("authenticator-app set-up: QR code and key, the app's code, herstelcode, then Uitschakelen", async ({ page }) => {
  test.setTimeout(120_000); // room for waiting out a time step the other project just used (below)
  const section = await openAccount(page);
  try {
    await section.getByRole("button", { name: "Authenticator-app instellen" }).click();
    await section.getByLabel("Wachtwoord").fill(DEMO_LOGINS.password);
    await expectAccessible(page);
    await section.getByRole("button", { name: "Verder" }).click();
    await expect(section.getByRole("img", { name: "QR-code voor het instellen van uw authenticator-app" })).toBeVisible();
    const manualKey = (await section.getByTestId("two-factor-manual-key").textContent()) ?? "";
    await expectAccessible(page);

    // The other project may have used this time step for the same demo account a moment ago (replay
    // protection): then wait for the app's next code, as a person would.
    const used = section.getByText("Deze code is al gebruikt. Wacht op de volgende code in de app.");
    for (let attempt = 0; ; attempt++) {
      await section.getByLabel("Code uit de app (6 cijfers)").fill(appCode(manualKey));
      await section.getByRole("button", { name: "Bevestigen" }).click();
      await expect(section.getByRole("heading", { name: "Uw herstelcode" }).or(used)).toBeVisible();
      if (!(await used.isVisible()) || attempt === 2) break;
      await page.waitForTimeout(31_000 - (Date.now() % 30_000));
    }
    await expectRecoveryScreen(page, section);
    await section.getByRole("button", { name: "Klaar" }).click();
    await expect(section.getByTestId("two-factor-status")).toHaveText("Aan: authenticator-app");
  } finally {
    await switchOff(page);
  }
});
