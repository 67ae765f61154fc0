import { expect, test } from "@playwright/test";
import { AdminAuditPage } from "./pages/admin-audit-page";
import { HomePage } from "./pages/home-page";
import { LoginPage } from "./pages/login-page";
import { Shell } from "./pages/shell";
import { DEMO_LOGINS, expectAccessible } from "./support/portal";

test("the audit log shows the admin's sign-in, filters by action and exports the same selection as CSV", async ({ page }) => {
  await new LoginPage(page).signIn(DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  await new Shell(page).openAdminSection("Auditlog");
  const audit = new AdminAuditPage(page);
  await expect(audit.heading).toBeVisible();
  await expect(
    audit.table.getByRole("row").filter({ hasText: "auth.sign_in" }).filter({ hasText: DEMO_LOGINS.staff }).first(),
  ).toBeVisible();
  await expectAccessible(page);

  await audit.filterByAction("auth.sign_in");
  await expect(page).toHaveURL(/[?&]action=auth\.sign_in/);
  await expect(audit.rows.first()).toBeVisible();
  await expect(audit.rows.filter({ hasNotText: "auth.sign_in" })).toHaveCount(0);
  await expectAccessible(page);

  const href = await audit.exportLink.getAttribute("href");
  expect(href).toBe("/api/admin/audit/export?action=auth.sign_in");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/);
  const lines = (await response.text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines[0]).toMatch(/^time_utc,action,actor_name,actor_email/);
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines.slice(1)) expect(line).toContain(",auth.sign_in,");
  expect(lines.some((line) => line.includes(DEMO_LOGINS.staff))).toBe(true);
});

test("clients get a 404 for the audit log and its export", async ({ page }) => {
  await new LoginPage(page).signIn(DEMO_LOGINS.client);
  await expect(new HomePage(page).heading).toBeVisible();
  expect((await new AdminAuditPage(page).goto())?.status()).toBe(404);
  expect((await page.goto("/admin/settings"))?.status()).toBe(404);
  expect((await page.request.get("/api/admin/audit/export")).status()).toBe(404);
});
