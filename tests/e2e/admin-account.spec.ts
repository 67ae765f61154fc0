import { expect, test } from "@playwright/test";
import { DEMO_LOGINS, expectAccessible, signIn } from "./support/portal";

test("staff have their own account page: language, password and sessions, no notification switches", async ({ page }) => {
  await signIn(page, DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin/);
  await page.goto("/admin/account");
  await expect(page.getByRole("heading", { name: "Mijn account", level: 1 })).toBeVisible();
  await expect(page.getByText(DEMO_LOGINS.staff)).toBeVisible();
  for (const heading of ["Instellen taal", "Wachtwoord wijzigen", "Andere sessies beëindigen"]) {
    await expect(page.getByRole("heading", { name: heading, level: 2 })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Notificaties" })).toHaveCount(0);
  await expectAccessible(page);

  const password = page.getByRole("region", { name: "Wachtwoord wijzigen" });
  await password.getByLabel("Huidig wachtwoord").fill("dit-is-het-niet");
  await password.getByLabel("Nieuw wachtwoord", { exact: true }).fill("een heel ander wachtwoord");
  await password.getByLabel("Herhaal nieuw wachtwoord").fill("een heel ander wachtwoord");
  await password.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(password.getByText("Het wachtwoord is onjuist.")).toBeVisible();

  const language = page.getByRole("region", { name: "Instellen taal" });
  try {
    await language.getByRole("radio", { name: "English" }).check();
    await language.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByRole("heading", { name: "My account", level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Language", level: 2 })).toBeVisible();
    await expectAccessible(page);
  } finally {
    const english = page.getByRole("region", { name: "Language" });
    await english.getByRole("radio", { name: "Nederlands" }).check();
    await english.getByRole("button", { name: "Save" }).click();
  }
  await expect(page.getByRole("heading", { name: "Mijn account", level: 1 })).toBeVisible();
});

test("a client gets a 404 on /admin/account", async ({ page }) => {
  await signIn(page, DEMO_LOGINS.client);
  await expect(page).toHaveURL(/\/$/);
  const response = await page.goto("/admin/account");
  expect(response?.status()).toBe(404);
});
