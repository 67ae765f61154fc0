import { expect, test } from "@playwright/test";
import { AccountPage } from "./pages/account-page";
import { HomePage } from "./pages/home-page";
import { LoginPage } from "./pages/login-page";
import { OutboxPage } from "./pages/outbox-page";
import { Shell } from "./pages/shell";
import { DEMO_LOGINS, expectAccessible } from "./support/portal";

test("the login page shows the demo logins and is accessible", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await expect(login.heading).toBeVisible();
  await expect(page.getByText(DEMO_LOGINS.client)).toBeVisible();
  await expect(page.getByText("Demo Notariaat")).toBeVisible();
  await expectAccessible(page);
});

test("the language can be chosen before signing in", async ({ page }) => {
  const shell = new Shell(page);
  await new LoginPage(page).goto();
  await shell.languageButton("English").click();
  await expect(page.getByRole("heading", { name: "Log in" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(shell.languageButton("English")).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(page.getByRole("heading", { name: "Log in" })).toBeVisible();
  await expectAccessible(page);
  await shell.languageButton("Nederlands").click();
  await expect(new LoginPage(page).heading).toBeVisible();
});

test("a wrong password gets one generic message", async ({ page }) => {
  const login = new LoginPage(page);
  await login.signIn(DEMO_LOGINS.client, "not-the-password");
  await expect(login.alert).toHaveText("Het e-mailadres of het wachtwoord is onjuist.");
  await expect(login.email).toHaveValue(DEMO_LOGINS.client);
  await login.signIn("nobody@demo.test", "not-the-password");
  await expect(login.alert).toHaveText("Het e-mailadres of het wachtwoord is onjuist.");
  await expect(page).toHaveURL(/\/login/);
});

test("the demo client signs in and sees Dossiers, Acties and Account", async ({ page, isMobile }) => {
  const home = new HomePage(page);
  await new LoginPage(page).signIn(DEMO_LOGINS.client);
  await expect(page).toHaveURL(/\/$/);
  await expect(home.heading).toBeVisible();
  for (const part of ["Dossiers", "Acties", "Account"] as const) {
    await expect(home.part(part)).toBeVisible();
  }
  // The second way to navigate: the header on a desktop, the tab bar on a phone.
  const nav = new Shell(page).menu();
  await expect(nav).toHaveCount(1);
  await expect(nav.getByRole("link", { name: "Dossiers" })).toBeVisible();
  if (isMobile) {
    const box = await nav.boundingBox();
    expect(box!.y).toBeGreaterThan(page.viewportSize()!.height / 2);
  }
  await expectAccessible(page);

  await nav.getByRole("link", { name: "Dossiers" }).click();
  await expect(page.getByText("Aankoop woning Kerkstraat 1, Voorbeeldstad")).toBeVisible();
  await expectAccessible(page);
  await nav.getByRole("link", { name: "Acties" }).click();
  await expect(page.getByText("Het onderdeel ‘Acties’ is op dit moment nog niet in gebruik.")).toBeVisible();
  await nav.getByRole("link", { name: "Account" }).click();
  await expect(page.getByText(DEMO_LOGINS.client)).toBeVisible();
  await expectAccessible(page);
});

test("the client gets a 404 on every /admin page", async ({ page }) => {
  await new LoginPage(page).signIn(DEMO_LOGINS.client);
  await expect(new HomePage(page).heading).toBeVisible();
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
  await expectAccessible(page);
  for (const path of [
    "/admin/clients",
    "/admin/dossiers",
    "/admin/dossiers/new",
    "/admin/messages",
    "/admin/staff",
    "/admin/settings",
    "/admin/audit",
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  expect((await page.request.get("/api/admin/audit/export")).status()).toBe(404);
});

test("the demo staff member signs in and reaches /admin", async ({ page }) => {
  await new LoginPage(page).signIn(DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "Overzicht" })).toBeVisible();
  await expect(page.getByText("Lopende dossiers")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Gesprekken die op antwoord wachten" })).toBeVisible();
  await expectAccessible(page);
});

test("signed-out visitors are sent to the login page, even with a forged middleware header", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" });
  for (const path of ["/", "/dossiers", "/account", "/admin"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login/);
  }
});

test("logging out ends the session, also for a copy of the old session cookie", async ({ page, context }) => {
  await new LoginPage(page).signIn(DEMO_LOGINS.client);
  await expect(new HomePage(page).heading).toBeVisible();
  const oldCookies = await context.cookies();
  const account = new AccountPage(page);
  await account.goto();
  await account.signOutButton.click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/dossiers");
  await expect(page).toHaveURL(/\/login/);
  // The cookie the browser had before logging out is refused too: the session version moved on.
  await context.addCookies(oldCookies);
  await page.goto("/dossiers");
  await expect(page).toHaveURL(/\/login/);
});

test("/dev/outbox renders in demo mode", async ({ page }) => {
  const outbox = new OutboxPage(page);
  const response = await outbox.goto();
  expect(response?.status()).toBe(200);
  await expect(outbox.heading).toBeVisible();
  await expectAccessible(page);
});
test("pages carry the security headers", async ({ request }) => {
  const response = await request.get("/login");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("object-src 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["strict-transport-security"]).toContain("max-age=31536000");
  expect(headers["x-powered-by"]).toBeUndefined();
  expect(headers["cache-control"]).toContain("no-store");
});

test("the health endpoint reports database, storage and the outbox backlog", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({
    status: "ok",
    database: "ok",
    storage: "ok",
    outbox: { pending: expect.any(Number), failed: expect.any(Number) },
  });
});
