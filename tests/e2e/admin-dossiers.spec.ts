import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { AdminDossierPage, AdminDossiersPage } from "./pages/admin-dossier-page";
import { LoginPage } from "./pages/login-page";
import { OutboxPage } from "./pages/outbox-page";
import { DEMO_LOGINS, expectAccessible } from "./support/portal";

test.beforeEach(async ({ page }) => {
  await new LoginPage(page).signIn(DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
});

test("staff create a dossier for an existing and a new client, then edit, close and reopen it", async ({ page }) => {
  const suffix = randomUUID().slice(0, 8);
  const reference = `E2E-${suffix}`;
  const newClient = { name: `Nina Nieuw ${suffix}`, email: `nina-${suffix}@example.test` };
  const dossiers = new AdminDossiersPage(page);

  await dossiers.goto();
  await expect(dossiers.heading).toBeVisible();
  await expect(dossiers.link("2026-0042")).toBeVisible();
  await expectAccessible(page);

  await dossiers.newDossierLink.click();
  await expect(page.getByRole("heading", { name: "Nieuw dossier" })).toBeVisible();
  await dossiers.reference.fill(reference);
  await dossiers.title.fill(`Aankoop Havenkade ${suffix}`);
  await dossiers.clientSearch.fill("Jan Jans");
  await expect(page.getByRole("status").filter({ hasText: /cliënt(en)? gevonden/ })).toBeVisible();
  await dossiers.searchResults.getByRole("checkbox", { name: /Jan Jansen/ }).check();
  await expect(dossiers.chosenClients).toContainText("Jan Jansen");
  await dossiers.addNewClient(1, newClient);
  await expectAccessible(page);
  await dossiers.createButton.click();

  // The dossier opens on its first tab, with both clients in the header.
  await expect(page).toHaveURL(/\/admin\/dossiers\/[0-9a-f-]{36}\/correspondence$/);
  const dossierUrl = page.url().replace(/\/correspondence$/, "");
  const dossier = new AdminDossierPage(page);
  await expect(page.getByRole("heading", { name: `Aankoop Havenkade ${suffix}`, level: 1 })).toBeVisible();
  await expect(page.getByText(`Dossiernummer ${reference}`)).toBeVisible();
  await expect(dossier.clientLink("Jan Jansen")).toHaveAttribute("href", /\/admin\/clients\/[0-9a-f-]{36}$/);
  await expect(dossier.clientLink(newClient.name)).toBeVisible();
  await expectAccessible(page);

  const tabs = dossier.tabs;
  const tabNames = ["Correspondentie", "Documenten", "Door cliënt aangeleverd", "Berichten"];
  await expect(tabs.links).toHaveText(tabNames);
  for (const [name, segment] of [
    ["Documenten", "documents"],
    ["Door cliënt aangeleverd", "supplied"],
    ["Berichten", "messages"],
    ["Correspondentie", "correspondence"],
  ] as const) {
    const tab = tabs.link(name);
    await expect(tab).toHaveAttribute("href", `${new URL(dossierUrl).pathname}/${segment}`);
    await tab.click();
    await expect(page).toHaveURL(`${dossierUrl}/${segment}`);
    await expect(tab).toHaveAttribute("aria-current", "page");
    await expect(tabs.current).toHaveCount(1);
  }

  // On a phone the four tabs stand in a 2×2 grid: all in sight at once, and nothing scrolls sideways (issue 14).
  await page.setViewportSize({ width: 360, height: 740 });
  for (const tab of await tabs.links.all()) {
    const box = (await tab.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  }
  expect(await tabs.nav.evaluate((nav) => nav.scrollWidth <= nav.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 720 });

  // The invitation for the new client is queued.
  await new OutboxPage(page).goto();
  await expect(page.getByText(newClient.email).first()).toBeVisible();
  await page.goto(dossierUrl);

  await dossier.editLink.click();
  await expect(page.getByRole("heading", { name: "Dossier bewerken" })).toBeVisible();
  await expectAccessible(page);
  await dossiers.title.fill(`Levering Havenkade ${suffix}`);
  await dossiers.saveButton.click();
  await expect(page.getByText("De gegevens zijn opgeslagen.")).toBeVisible();
  await expect(page.getByRole("heading", { name: `Levering Havenkade ${suffix}`, level: 1 })).toBeVisible();

  // Unlink the new client (asked first), then link her again through the picker.
  await dossier.unlinkClient(newClient.name);
  await expect(page.getByText(`${newClient.name} is ontkoppeld.`)).toBeVisible();
  await expect(dossier.clientLink(newClient.name)).toHaveCount(0);
  await expect(page.getByText("de laatste kunt u niet ontkoppelen")).toBeVisible();
  await dossier.linkClient(newClient.email, new RegExp(newClient.name));
  await expect(page.getByText("1 cliënt gekoppeld.")).toBeVisible();
  await expect(dossier.clientLink(newClient.name).first()).toBeVisible();

  const closeDialog = await dossier.startClosing();
  await expectAccessible(page);
  await closeDialog.getByRole("button", { name: "Dossier afsluiten" }).click();
  await expect(closeDialog).toBeHidden();
  await expect(page.getByText("Het dossier is afgesloten.")).toBeVisible();
  await expect(dossier.main.getByText("Afgesloten", { exact: true })).toBeVisible();
  await dossier.reopen();
  await expect(page.getByText("Het dossier is heropend.")).toBeVisible();
  await expect(dossier.main.getByText("Lopend", { exact: true })).toBeVisible();

  // Found in the list by the new client's e-mail, with both names.
  await dossiers.goto(newClient.email);
  const row = dossiers.row(reference);
  await expect(row).toContainText("Jan Jansen");
  await expect(row).toContainText(newClient.name);
  await expect(row).toContainText(`Levering Havenkade ${suffix}`);
});

test("a duplicate reference gets a field error and creates nothing", async ({ page }) => {
  const dossiers = new AdminDossiersPage(page);
  await dossiers.gotoNew();
  await dossiers.reference.fill("2026-0042");
  await dossiers.title.fill("Dubbel dossier");
  await dossiers.clientOption(/Jan Jansen/).check();
  await dossiers.createButton.click();
  await expect(page.getByText("Dit dossiernummer bestaat al.")).toBeVisible();
  await expect(dossiers.reference).toHaveAttribute("aria-invalid", "true");
  await expect(dossiers.title).toHaveValue("Dubbel dossier");
  await expect(page).toHaveURL(/\/admin\/dossiers\/new$/);
  await expectAccessible(page);
  await dossiers.goto("Dubbel dossier");
  await expect(page.getByText("Geen dossiers gevonden.", { exact: false })).toBeVisible();
});
