import { expect, test } from "@playwright/test";
import { AccountPage } from "./pages/account-page";
import { LoginPage } from "./pages/login-page";
import { DEMO_LOGINS, expectAccessible } from "./support/portal";

test("staff have their own account page: language, password and sessions, no notification switches", async ({ page }) => {
  await new LoginPage(page).signIn(DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin/);
  const account = new AccountPage(page, "/admin/account");
  await account.goto();
  await expect(account.heading()).toBeVisible();
  await expect(page.getByText(DEMO_LOGINS.staff)).toBeVisible();
  for (const heading of ["Instellen taal", "Wachtwoord wijzigen", "Andere sessies beëindigen"]) {
    await expect(page.getByRole("heading", { name: heading, level: 2 })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Notificaties" })).toHaveCount(0);
  await expectAccessible(page);

  await account.changePassword("dit-is-het-niet", "een heel ander wachtwoord");
  await expect(account.passwordSection.getByText("Het wachtwoord is onjuist.")).toBeVisible();

  try {
    await account.chooseLanguage("English", "Opslaan");
    await expect(account.heading("My account")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Language", level: 2 })).toBeVisible();
    await expectAccessible(page);
  } finally {
    await account.chooseLanguage("Nederlands", "Save");
  }
  await expect(account.heading()).toBeVisible();
});

test("a client gets a 404 on /admin/account", async ({ page }) => {
  await new LoginPage(page).signIn(DEMO_LOGINS.client);
  await expect(page).toHaveURL(/\/$/);
  const response = await page.goto("/admin/account");
  expect(response?.status()).toBe(404);
});
