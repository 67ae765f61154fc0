// Two offices on one deployment: the demo office on localhost, "Notariaat Noord" on 127.0.0.1
// (scripts/lib/e2e-fixtures.mts). Staff of one must see nothing of the other, whatever URL they try.
import { expect, test, type Page } from "@playwright/test";
import { SECOND_OFFICE } from "../../scripts/lib/e2e-fixtures.mts";
import { baseURL } from "../../playwright.config";
import { AdminClientsPage } from "./pages/admin-clients-page";
import { AdminDossiersPage } from "./pages/admin-dossier-page";
import { LoginPage } from "./pages/login-page";
import { DEMO_LOGINS } from "./support/portal";

const secondOfficeURL = baseURL.replace("localhost", SECOND_OFFICE.host);

async function idFrom(page: Page, pattern: RegExp): Promise<string> {
  await page.waitForURL(pattern);
  const match = page.url().match(pattern);
  expect(match, page.url()).not.toBeNull();
  return match![1]!;
}

test("staff of another office get 404 on every page and route of the demo office", async ({ page, browser }) => {
  // Collect ids as the demo office's own staff.
  await new LoginPage(page).signIn(DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  await new AdminDossiersPage(page).goto("2026-0042");
  await page
    .getByRole("link", { name: /2026-0042|Kerkstraat/ })
    .first()
    .click();
  const dossierId = await idFrom(page, /\/admin\/dossiers\/([0-9a-f-]{36})/);
  const download = page.getByRole("link", { name: /download/i }).first();
  const documentPath = (await download.getAttribute("href"))!;
  expect(documentPath).toMatch(/^\/api\/documents\/[0-9a-f-]{36}\/download$/);
  await new AdminClientsPage(page).goto("client@demo.test");
  await page.getByRole("link", { name: "Jan Jansen" }).first().click();
  const clientId = await idFrom(page, /\/admin\/clients\/([0-9a-f-]{36})/);
  // The message's id from its link: opening it would mark it read for the demo staff (other tests rely on unread).
  await page.goto(`/admin/dossiers/${dossierId}/messages`);
  const messageHref = await page
    .getByRole("link", { name: /Welkom in het klantenportaal/ })
    .first()
    .getAttribute("href");
  const messageId = messageHref!.match(/\/admin\/messages\/([0-9a-f-]{36})$/)![1]!;

  const other = await browser.newContext({ baseURL: secondOfficeURL, locale: "nl-NL" });
  const noord = await other.newPage();
  const noordLogin = new LoginPage(noord);
  // The demo office's logins do not exist on the other office's host.
  await noordLogin.signIn(DEMO_LOGINS.staff);
  await expect(noordLogin.alert).toHaveText("Het e-mailadres of het wachtwoord is onjuist.");

  await noordLogin.signIn(SECOND_OFFICE.staff);
  await expect(noord).toHaveURL(/\/admin$/);
  await expect(noord.getByText(SECOND_OFFICE.name).first()).toBeVisible();
  for (const path of [
    `/admin/dossiers/${dossierId}`,
    `/admin/dossiers/${dossierId}/correspondence`,
    `/admin/dossiers/${dossierId}/documents`,
    `/admin/dossiers/${dossierId}/supplied`,
    `/admin/dossiers/${dossierId}/messages`,
    `/admin/dossiers/${dossierId}/edit`,
    `/admin/clients/${clientId}`,
    `/admin/messages/${messageId}`,
  ]) {
    expect((await noord.goto(path))?.status(), path).toBe(404);
  }
  expect((await noord.request.get(documentPath, { maxRedirects: 0 })).status()).toBe(404);

  // Lists, search and the audit log show only the own office.
  await noord.goto("/admin/dossiers?q=2026");
  await expect(noord.getByRole("main")).not.toContainText("2026-0042");
  await noord.goto("/admin/dossiers");
  await expect(noord.getByRole("main")).toContainText(SECOND_OFFICE.reference);
  await noord.goto("/admin/clients");
  await expect(noord.getByRole("main")).not.toContainText("Jan Jansen");
  await expect(noord.getByRole("main")).toContainText("Karel Noord");
  await noord.goto("/admin/messages");
  await expect(noord.getByRole("main")).not.toContainText("Welkom");
  await noord.goto("/admin/audit");
  await expect(noord.getByRole("main")).not.toContainText(DEMO_LOGINS.staff);
  await other.close();
});
