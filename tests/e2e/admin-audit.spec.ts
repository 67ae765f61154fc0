import { expect, test } from "@playwright/test";
import { DEMO_LOGINS, expectAccessible, signIn } from "./support/portal";

test("the audit log shows the admin's sign-in, filters by action and exports the same selection as CSV", async ({ page }) => {
  await signIn(page, DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("navigation", { name: "Beheermenu" }).getByRole("link", { name: "Auditlog" }).click();
  await expect(page.getByRole("heading", { name: "Auditlog" })).toBeVisible();
  const table = page.getByRole("table", { name: "Gebeurtenissen in het auditlog" });
  await expect(table.getByRole("row").filter({ hasText: "auth.sign_in" }).filter({ hasText: DEMO_LOGINS.staff }).first()).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Handeling").selectOption("auth.sign_in");
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page).toHaveURL(/[?&]action=auth\.sign_in/);
  const rows = table.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  await expect(rows.filter({ hasNotText: "auth.sign_in" })).toHaveCount(0);
  await expectAccessible(page);

  const href = await page.getByRole("link", { name: "Exporteren als CSV" }).getAttribute("href");
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
  await signIn(page, DEMO_LOGINS.client);
  await expect(page.getByRole("heading", { name: "Beginscherm" })).toBeVisible();
  expect((await page.goto("/admin/audit"))?.status()).toBe(404);
  expect((await page.goto("/admin/settings"))?.status()).toBe(404);
  expect((await page.request.get("/api/admin/audit/export")).status()).toBe(404);
});
