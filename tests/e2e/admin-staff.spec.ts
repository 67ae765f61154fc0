import { expect, test } from "@playwright/test";
import { AdminStaffPage } from "./pages/admin-staff-page";
import { HomePage } from "./pages/home-page";
import { LoginPage } from "./pages/login-page";
import { OutboxPage } from "./pages/outbox-page";
import { Shell } from "./pages/shell";
import { DEMO_LOGINS, expectAccessible } from "./support/portal";

test("the demo admin manages staff: invite, the staff invitation in the outbox, block and unblock", async ({ page }) => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const name = `Mees Medewerker ${suffix}`;
  const email = `mees-${suffix}@example.test`;

  await new LoginPage(page).signIn(DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  await new Shell(page).openAdminSection("Medewerkers");
  const staff = new AdminStaffPage(page);
  await expect(staff.heading).toBeVisible();
  const self = staff.row(DEMO_LOGINS.staff);
  await expect(self.getByText("(u)")).toBeVisible();
  await expect(self.getByRole("button")).toHaveCount(0);
  await expectAccessible(page);

  await staff.fillInvitation({ name, email, role: "staff" });
  await expectAccessible(page);
  await staff.invite();
  await expect(page.getByRole("status")).toContainText(`${name} is uitgenodigd.`);

  const row = staff.row(email);
  await expect(row.getByText("Medewerker", { exact: true })).toBeVisible();
  await expect(row.getByText("Uitgenodigd", { exact: true })).toBeVisible();
  await staff.block(email);
  await expect(row.getByText("Geblokkeerd", { exact: true })).toBeVisible();
  await staff.unblock(email);
  await expect(row.getByText("Uitgenodigd", { exact: true })).toBeVisible();

  const outbox = new OutboxPage(page);
  await outbox.goto();
  const mail = outbox.mail({ mentioning: email }).first();
  await expect(mail.getByRole("heading", { name: "Uw medewerkersaccount voor het klantenportaal van Demo Notariaat" })).toBeVisible();
});

test("clients get a 404 on /admin/staff", async ({ page }) => {
  await new LoginPage(page).signIn(DEMO_LOGINS.client);
  await expect(new HomePage(page).heading).toBeVisible();
  expect((await page.goto("/admin/staff"))?.status()).toBe(404);
});
