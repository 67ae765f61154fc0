// The sign-in's second step with the 2-step clients of scripts/lib/e2e-fixtures.mts: SMS code (read from the
// outbox), wrong codes, what a pending session may not open, the recovery code, and the authenticator app.
import { randomBytes } from "node:crypto";
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { expect, test, type Page } from "@playwright/test";
import { TWO_FACTOR_LOGINS } from "../../scripts/lib/e2e-fixtures.mts";
import { DEMO_LOGINS, expectAccessible, signIn } from "./support/portal";

// Each test comes from its own address, so the per-IP sign-in delay of one test never slows another.
async function fromFreshIp(page: Page): Promise<void> {
  const [a, b, c] = randomBytes(3);
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${a}.${b}.${c}` });
}

async function toCodePage(page: Page, email: string): Promise<void> {
  await fromFreshIp(page);
  await signIn(page, email);
  await expect(page).toHaveURL(/\/login\/code$/);
  await expect(page.getByRole("heading", { name: "Verificatiecode", level: 1 })).toBeVisible();
}

/** The code in the newest SMS to the number (the outbox lists newest first). */
async function smsCode(page: Page, phone: string): Promise<string> {
  const codePage = await page.context().newPage();
  await codePage.goto("/dev/outbox");
  const entry = codePage
    .getByTestId("outbox-entry")
    .filter({ has: codePage.getByTestId("outbox-recipient").getByText(phone, { exact: true }) })
    .first();
  const text = await entry.locator("pre").innerText();
  await codePage.close();
  return /\b(\d{6})\b/.exec(text)![1]!;
}

async function submitCode(page: Page, code: string): Promise<void> {
  await page.getByLabel("Verificatiecode").fill(code);
  await page.getByRole("button", { name: "Bevestigen" }).click();
}

test("SMS: the code page, what a pending session cannot open, a wrong code, then the right code signs in", async ({ page }) => {
  await toCodePage(page, TWO_FACTOR_LOGINS.sms);
  await expect(
    page.getByText("Vul de verificatiecode in die wij per sms naar uw mobiele nummer eindigend op …78 hebben gestuurd."),
  ).toBeVisible();
  const field = page.getByLabel("Verificatiecode");
  await expect(field).toHaveAttribute("inputmode", "numeric");
  await expect(field).toHaveAttribute("autocomplete", "one-time-code");
  await expectAccessible(page);

  // Password done, code not yet: signed out everywhere.
  for (const path of ["/", "/dossiers", "/account"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login$/);
  }
  const download = await page.request.get("/api/documents/00000000-0000-4000-8000-000000000000/download", { maxRedirects: 0 });
  expect(download.status()).toBe(303);
  expect(download.headers().location).toBe("/login");

  await page.goto("/login/code");
  const code = await smsCode(page, TWO_FACTOR_LOGINS.smsPhone);
  await submitCode(page, String((Number(code) + 1) % 1_000_000).padStart(6, "0"));
  await expect(page.getByText("De code is niet juist. Controleer de code en probeer het opnieuw.")).toBeVisible();
  await page.getByRole("button", { name: "Stuur een nieuwe code" }).click();
  await expect(page.getByText("U kunt over een minuut een nieuwe code laten versturen.")).toBeVisible();

  await submitCode(page, code);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { name: "Beginscherm", level: 1 })).toBeVisible();
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();
});

test("the code page without a pending sign-in goes to the login page", async ({ page }) => {
  await fromFreshIp(page);
  await page.goto("/login/code");
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/login/recovery");
  await expect(page).toHaveURL(/\/login$/);
});

test("the fifth wrong code ends the sign-in and asks for the password again", async ({ page }, testInfo) => {
  const project = testInfo.project.name as "desktop" | "mobile";
  await toCodePage(page, TWO_FACTOR_LOGINS.recoveryByProject[project]);
  const wrong = String((Number(await smsCode(page, TWO_FACTOR_LOGINS.recoveryPhoneByProject[project])) + 1) % 1_000_000).padStart(6, "0");
  for (let attempt = 1; attempt <= 4; attempt++) {
    await submitCode(page, wrong);
    await expect(page.getByText("De code is niet juist. Controleer de code en probeer het opnieuw.")).toBeVisible();
    await expect(page.getByLabel("Verificatiecode")).toHaveValue("");
  }
  await submitCode(page, wrong);
  await expect(page).toHaveURL(/\/login\?reason=code_exhausted$/);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Te vaak een onjuiste code. Log opnieuw in.");
  await page.goto("/login/code");
  await expect(page).toHaveURL(/\/login$/);
});

test("no access to the phone: the recovery code signs in once and a new one is shown", async ({ page }, testInfo) => {
  const email = TWO_FACTOR_LOGINS.recoveryByProject[testInfo.project.name as "desktop" | "mobile"];
  await toCodePage(page, email);
  await page.getByRole("link", { name: "Ik heb geen toegang meer tot mijn telefoon" }).click();
  await expect(page).toHaveURL(/\/login\/recovery$/);
  await expectAccessible(page);
  await page.getByLabel("Herstelcode").fill("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByText("De herstelcode is niet juist.")).toBeVisible();

  await page.getByLabel("Herstelcode").fill(TWO_FACTOR_LOGINS.recoveryCode);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("heading", { name: "Bewaar deze nieuwe herstelcode goed" })).toBeVisible();
  const fresh = (await page.getByTestId("new-recovery-code").innerText()).trim();
  expect(fresh).toMatch(/^([A-Z2-7]{4}-){5}[A-Z2-7]{4}$/);
  expect(fresh).not.toBe(TWO_FACTOR_LOGINS.recoveryCode);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Verder naar het portaal" }).click();
  await expect(page.getByRole("heading", { name: "Beginscherm", level: 1 })).toBeVisible();
});

test("authenticator app: the code computed from the secret signs in", async ({ page }, testInfo) => {
  await toCodePage(page, TWO_FACTOR_LOGINS.totp);
  await expect(page.getByText("Vul de code in die de authenticator-app op uw telefoon nu laat zien.")).toBeVisible();
  await expectAccessible(page);
  // A used time step is refused (replay protection); the mobile run takes the next step (±1 step is accepted),
  // so it never repeats the desktop run's step.
  const step = Math.floor(Date.now() / 30_000) + (testInfo.project.name === "mobile" ? 1 : 0);
  await submitCode(page, generateHOTP(decodeBase32IgnorePadding(TWO_FACTOR_LOGINS.totpSecret), BigInt(step), 6));
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { name: "Beginscherm", level: 1 })).toBeVisible();
});

test("a password set through the e-mailed link still asks for the second step", async ({ page }) => {
  await fromFreshIp(page);
  await page.goto("/set-password");
  await page.getByLabel("E-mailadres").fill(TWO_FACTOR_LOGINS.totp);
  await page.getByRole("button", { name: "verstuur" }).click();
  await expect(page.getByRole("status")).toBeVisible();
  await page.goto("/dev/outbox");
  const mail = page
    .getByTestId("outbox-entry")
    .filter({ has: page.getByTestId("outbox-recipient").getByText(TWO_FACTOR_LOGINS.totp, { exact: true }) })
    .first();
  await mail.getByRole("link", { name: /\/set-password\// }).click();
  // The same password again, so the other tests of this file keep signing in with it.
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(DEMO_LOGINS.password);
  await page.getByLabel("Herhaal nieuw wachtwoord").fill(DEMO_LOGINS.password);
  await page.getByRole("button", { name: "instellen wachtwoord" }).click();
  await expect(page).toHaveURL(/\/login\/code$/);
  await expect(page.getByText("Vul de code in die de authenticator-app op uw telefoon nu laat zien.")).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
});
