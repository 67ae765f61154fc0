import { expect, test } from "@playwright/test";
import { DEMO_LOGINS, expectAccessible, signIn } from "./support/portal";

test("the demo admin manages staff: invite, the staff invitation in the outbox, block and unblock", async ({ page }) => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const name = `Mees Medewerker ${suffix}`;
  const email = `mees-${suffix}@example.test`;

  await signIn(page, DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("navigation", { name: "Beheermenu" }).getByRole("link", { name: "Medewerkers" }).click();
  await expect(page.getByRole("heading", { name: "Medewerkers", level: 1 })).toBeVisible();
  const self = page.getByRole("row").filter({ hasText: DEMO_LOGINS.staff });
  await expect(self.getByText("(u)")).toBeVisible();
  await expect(self.getByRole("button")).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Medewerker uitnodigen" }).click();
  const dialog = page.getByRole("dialog", { name: "Medewerker uitnodigen" });
  await dialog.getByLabel("Naam").fill(name);
  await dialog.getByLabel("E-mailadres").fill(email);
  await dialog.getByLabel("Rol").selectOption("staff");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Uitnodigen" }).click();
  await expect(page.getByRole("status")).toContainText(`${name} is uitgenodigd.`);

  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row.getByText("Medewerker", { exact: true })).toBeVisible();
  await expect(row.getByText("Uitgenodigd", { exact: true })).toBeVisible();
  await row.getByRole("button", { name: "Blokkeren" }).click();
  await page.getByRole("dialog", { name: "Medewerker blokkeren?" }).getByRole("button", { name: "Blokkeren" }).click();
  await expect(row.getByText("Geblokkeerd", { exact: true })).toBeVisible();
  await row.getByRole("button", { name: "Deblokkeren" }).click();
  await expect(row.getByText("Uitgenodigd", { exact: true })).toBeVisible();

  await page.goto("/dev/outbox");
  const mail = page.getByTestId("outbox-entry").filter({ hasText: email }).first();
  await expect(mail.getByRole("heading", { name: "Uw medewerkersaccount voor het klantenportaal van Demo Notariaat" })).toBeVisible();
});

test("clients get a 404 on /admin/staff", async ({ page }) => {
  await signIn(page, DEMO_LOGINS.client);
  await expect(page.getByRole("heading", { name: "Beginscherm" })).toBeVisible();
  expect((await page.goto("/admin/staff"))?.status()).toBe(404);
});
