// An office that requires 2-step verification of its staff ("Notariaat Zuid" on 127.0.0.2, from
// scripts/lib/e2e-fixtures.mts): its admin, who has not set it up, reaches only their own account until they do.
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { expect, test } from "@playwright/test";
import { STRICT_OFFICE } from "../../scripts/lib/e2e-fixtures.mts";
import { baseURL } from "../../playwright.config";
import { AccountPage } from "./pages/account-page";
import { AdminClientsPage } from "./pages/admin-clients-page";
import { LoginPage } from "./pages/login-page";
import { Shell } from "./pages/shell";
import { freshAddress } from "./support/data";
import { expectAccessible } from "./support/portal";

const strictOfficeURL = baseURL.replace("localhost", STRICT_OFFICE.host);

test("staff must set up 2-step verification at first sign-in when their office requires it", async ({ browser }) => {
  const context = await browser.newContext({
    baseURL: strictOfficeURL,
    locale: "nl-NL",
    extraHTTPHeaders: { "x-forwarded-for": freshAddress() },
  });
  const page = await context.newPage();
  await new LoginPage(page).signIn(STRICT_OFFICE.admin);

  // Straight to the account page, with the reason, and no way into the office's data yet.
  const account = new AccountPage(page, "/admin/account");
  const adminMenu = new Shell(page).adminMenu;
  await expect(page).toHaveURL(/\/admin\/account$/);
  await expect(account.heading()).toBeVisible();
  await expect(
    page.getByRole("status").filter({ hasText: "Uw kantoor vraagt dat medewerkers 2-staps verificatie gebruiken." }),
  ).toBeVisible();
  await expect(adminMenu).toHaveCount(0);
  await expectAccessible(page);
  for (const path of ["/admin", "/admin/clients", "/admin/dossiers", "/admin/settings", "/admin/audit", "/login"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/admin\/account$/);
  }
  // Route handlers treat the account as signed out.
  const exportResponse = await page.request.get("/api/admin/audit/export", { maxRedirects: 0 });
  expect(exportResponse.status()).toBe(404);

  // Set up the authenticator app, as anyone would.
  const twoFactor = account.twoFactor;
  await expect(twoFactor.state).toHaveText("Uit");
  await twoFactor.startApp("demo-portal-2026");
  await twoFactor.continue();
  const manualKey = await twoFactor.readManualKey();
  const code = generateHOTP(decodeBase32IgnorePadding(manualKey), BigInt(Math.floor(Date.now() / 30_000)), 6);
  await twoFactor.confirmAppCode(code);
  await expect(twoFactor.recoveryHeading).toBeVisible();
  await twoFactor.done();
  await expect(twoFactor.state).toHaveText("Aan: authenticator-app");

  // Now the office's sections open, and 2-step cannot be switched off again.
  await account.goto();
  await expect(page.getByRole("status").filter({ hasText: "Uw kantoor vraagt dat medewerkers" })).toHaveCount(0);
  await expect(adminMenu).toBeVisible();
  const clients = new AdminClientsPage(page);
  await clients.goto();
  await expect(page).toHaveURL(/\/admin\/clients$/);
  await expect(clients.heading).toBeVisible();
  await account.goto();
  await twoFactor.startSwitchOff("demo-portal-2026");
  await twoFactor.switchOffButton.click();
  await expect(
    twoFactor.section.getByText("Uw kantoor verplicht 2-staps verificatie voor medewerkers; u kunt deze niet uitschakelen."),
  ).toBeVisible();
  await context.close();
});
