import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_LOGINS, expectAccessible, signIn } from "./support/portal";

async function signInAsStaff(page: Page) {
  await signIn(page, DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
}

test("staff create a dossier for an existing and a new client, then edit, close and reopen it", async ({ page }) => {
  const suffix = randomUUID().slice(0, 8);
  const reference = `E2E-${suffix}`;
  const newClient = { name: `Nina Nieuw ${suffix}`, email: `nina-${suffix}@example.test` };
  await signInAsStaff(page);

  await page.goto("/admin/dossiers");
  await expect(page.getByRole("heading", { name: "Dossiers", level: 1 })).toBeVisible();
  await expect(page.getByRole("table").getByRole("link", { name: "2026-0042" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Nieuw dossier" }).click();
  await expect(page.getByRole("heading", { name: "Nieuw dossier" })).toBeVisible();
  await page.getByLabel("Dossiernummer").fill(reference);
  await page.getByLabel("Titel").fill(`Aankoop Havenkade ${suffix}`);
  await page.getByLabel("Cliënt zoeken op naam of e-mailadres").fill("Jan Jans");
  await expect(page.getByRole("status").filter({ hasText: /cliënt(en)? gevonden/ })).toBeVisible();
  await page
    .getByRole("list", { name: "Zoekresultaten" })
    .getByRole("checkbox", { name: /Jan Jansen/ })
    .check();
  await expect(page.getByRole("list", { name: "Gekozen cliënten" })).toContainText("Jan Jansen");
  await page.getByRole("button", { name: "Nieuwe cliënt aanmaken" }).click();
  const inline = page.getByRole("group", { name: "Nieuwe cliënt 1" });
  await inline.getByLabel("Naam").fill(newClient.name);
  await inline.getByLabel("E-mailadres").fill(newClient.email);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Dossier aanmaken" }).click();

  // The dossier opens on its first tab, with both clients in the header.
  await expect(page).toHaveURL(/\/admin\/dossiers\/[0-9a-f-]{36}\/correspondence$/);
  const dossierUrl = page.url().replace(/\/correspondence$/, "");
  await expect(page.getByRole("heading", { name: `Aankoop Havenkade ${suffix}`, level: 1 })).toBeVisible();
  await expect(page.getByText(`Dossiernummer ${reference}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Jan Jansen" })).toHaveAttribute("href", /\/admin\/clients\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("link", { name: newClient.name })).toBeVisible();
  await expectAccessible(page);

  const tabs = page.getByRole("navigation", { name: "Onderdelen van het dossier" });
  const tabNames = ["Correspondentie", "Documenten", "Door cliënt aangeleverd", "Berichten"];
  await expect(tabs.getByRole("link")).toHaveText(tabNames);
  for (const [name, segment] of [
    ["Documenten", "documents"],
    ["Door cliënt aangeleverd", "supplied"],
    ["Berichten", "messages"],
    ["Correspondentie", "correspondence"],
  ] as const) {
    const tab = tabs.getByRole("link", { name });
    await expect(tab).toHaveAttribute("href", `${new URL(dossierUrl).pathname}/${segment}`);
    await tab.click();
    await expect(page).toHaveURL(`${dossierUrl}/${segment}`);
    await expect(tab).toHaveAttribute("aria-current", "page");
    await expect(tabs.locator("[aria-current=page]")).toHaveCount(1);
  }

  // On a phone the tab bar scrolls sideways instead of widening the page.
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await tabs.evaluate((nav) => nav.scrollWidth > nav.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 720 });

  // The invitation for the new client is queued.
  await page.goto("/dev/outbox");
  await expect(page.getByText(newClient.email).first()).toBeVisible();
  await page.goto(dossierUrl);

  await page.getByRole("link", { name: "Bewerken" }).click();
  await expect(page.getByRole("heading", { name: "Dossier bewerken" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Titel").fill(`Levering Havenkade ${suffix}`);
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("De gegevens zijn opgeslagen.")).toBeVisible();
  await expect(page.getByRole("heading", { name: `Levering Havenkade ${suffix}`, level: 1 })).toBeVisible();

  // Unlink the new client (asked first), then link her again through the picker.
  await page.getByRole("button", { name: `${newClient.name} ontkoppelen` }).click();
  await page.getByRole("dialog", { name: "Cliënt ontkoppelen?" }).getByRole("button", { name: "Ontkoppelen" }).click();
  await expect(page.getByText(`${newClient.name} is ontkoppeld.`)).toBeVisible();
  await expect(page.getByRole("link", { name: newClient.name })).toHaveCount(0);
  await expect(page.getByText("de laatste kunt u niet ontkoppelen")).toBeVisible();
  await page.getByLabel("Cliënt zoeken op naam of e-mailadres").fill(newClient.email);
  await page.getByRole("checkbox", { name: new RegExp(newClient.name) }).check();
  await page.getByRole("button", { name: "Koppelen" }).click();
  await expect(page.getByText("1 cliënt gekoppeld.")).toBeVisible();
  await expect(page.getByRole("link", { name: newClient.name }).first()).toBeVisible();

  const main = page.getByRole("main");
  await main.getByRole("button", { name: "Afsluiten" }).click();
  const closeDialog = page.getByRole("dialog", { name: "Dossier afsluiten?" });
  await expectAccessible(page);
  await closeDialog.getByRole("button", { name: "Dossier afsluiten" }).click();
  await expect(closeDialog).toBeHidden();
  await expect(page.getByText("Het dossier is afgesloten.")).toBeVisible();
  await expect(main.getByText("Afgesloten", { exact: true })).toBeVisible();
  await main.getByRole("button", { name: "Heropenen" }).click();
  await page.getByRole("dialog", { name: "Dossier heropenen?" }).getByRole("button", { name: "Dossier heropenen" }).click();
  await expect(page.getByText("Het dossier is heropend.")).toBeVisible();
  await expect(main.getByText("Lopend", { exact: true })).toBeVisible();

  // Found in the list by the new client's e-mail, with both names.
  await page.goto(`/admin/dossiers?q=${encodeURIComponent(newClient.email)}`);
  const row = page.getByRole("row", { name: new RegExp(reference) });
  await expect(row).toContainText("Jan Jansen");
  await expect(row).toContainText(newClient.name);
  await expect(row).toContainText(`Levering Havenkade ${suffix}`);
});

test("a duplicate reference gets a field error and creates nothing", async ({ page }) => {
  await signInAsStaff(page);
  await page.goto("/admin/dossiers/new");
  await page.getByLabel("Dossiernummer").fill("2026-0042");
  await page.getByLabel("Titel").fill("Dubbel dossier");
  await page.getByRole("checkbox", { name: /Jan Jansen/ }).check();
  await page.getByRole("button", { name: "Dossier aanmaken" }).click();
  await expect(page.getByText("Dit dossiernummer bestaat al.")).toBeVisible();
  await expect(page.getByLabel("Dossiernummer")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Titel")).toHaveValue("Dubbel dossier");
  await expect(page).toHaveURL(/\/admin\/dossiers\/new$/);
  await expectAccessible(page);
  await page.goto("/admin/dossiers?q=Dubbel%20dossier");
  await expect(page.getByText("Geen dossiers gevonden.", { exact: false })).toBeVisible();
});
