// An office that requires 2-step verification of its staff ("Notariaat Zuid" on 127.0.0.2, from
// scripts/lib/e2e-fixtures.mts): its admin, who has not set it up, reaches only their own account until they do.
import { randomBytes } from "node:crypto";
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { expect, test } from "@playwright/test";
import { STRICT_OFFICE } from "../../scripts/lib/e2e-fixtures.mts";
import { baseURL } from "../../playwright.config";
import { expectAccessible, signIn } from "./support/portal";

const strictOfficeURL = baseURL.replace("localhost", STRICT_OFFICE.host);

test("staff must set up 2-step verification at first sign-in when their office requires it", async ({ browser }) => {
  const [a, b, c] = randomBytes(3);
  const context = await browser.newContext({
    baseURL: strictOfficeURL,
    locale: "nl-NL",
    extraHTTPHeaders: { "x-forwarded-for": `10.${a}.${b}.${c}` },
  });
  const page = await context.newPage();
  await signIn(page, STRICT_OFFICE.admin);

  // Straight to the account page, with the reason, and no way into the office's data yet.
  await expect(page).toHaveURL(/\/admin\/account$/);
  await expect(page.getByRole("heading", { name: "Mijn account", level: 1 })).toBeVisible();
  await expect(
    page.getByRole("status").filter({ hasText: "Uw kantoor vraagt dat medewerkers 2-staps verificatie gebruiken." }),
  ).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Beheermenu" })).toHaveCount(0);
  await expectAccessible(page);
  for (const path of ["/admin", "/admin/clients", "/admin/dossiers", "/admin/settings", "/admin/audit", "/login"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/admin\/account$/);
  }
  // Route handlers treat the account as signed out.
  const exportResponse = await page.request.get("/api/admin/audit/export", { maxRedirects: 0 });
  expect(exportResponse.status()).toBe(404);

  // Set up the authenticator app, as anyone would.
  const section = page.getByRole("region", { name: "2-staps verificatie" });
  await expect(section.getByTestId("two-factor-status")).toHaveText("Uit");
  await section.getByRole("button", { name: "Authenticator-app instellen" }).click();
  await section.getByLabel("Wachtwoord").fill("demo-portal-2026");
  await section.getByRole("button", { name: "Verder" }).click();
  const manualKey = ((await section.getByTestId("two-factor-manual-key").textContent()) ?? "").replace(/\s/g, "");
  const code = generateHOTP(decodeBase32IgnorePadding(manualKey), BigInt(Math.floor(Date.now() / 30_000)), 6);
  await section.getByLabel("Code uit de app (6 cijfers)").fill(code);
  await section.getByRole("button", { name: "Bevestigen" }).click();
  await expect(section.getByRole("heading", { name: "Uw herstelcode" })).toBeVisible();
  await section.getByRole("button", { name: "Klaar" }).click();
  await expect(section.getByTestId("two-factor-status")).toHaveText("Aan: authenticator-app");

  // Now the office's sections open, and 2-step cannot be switched off again.
  await page.goto("/admin/account");
  await expect(page.getByRole("status").filter({ hasText: "Uw kantoor vraagt dat medewerkers" })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Beheermenu" })).toBeVisible();
  await page.goto("/admin/clients");
  await expect(page).toHaveURL(/\/admin\/clients$/);
  await expect(page.getByRole("heading", { name: "Cliënten", level: 1 })).toBeVisible();
  await page.goto("/admin/account");
  await section.getByRole("button", { name: "Uitschakelen" }).click();
  await section.getByLabel("Wachtwoord").fill("demo-portal-2026");
  await section.getByRole("button", { name: "Uitschakelen" }).click();
  await expect(
    section.getByText("Uw kantoor verplicht 2-staps verificatie voor medewerkers; u kunt deze niet uitschakelen."),
  ).toBeVisible();
  await context.close();
});
