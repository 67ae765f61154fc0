import { expect, test, type Page } from "@playwright/test";
import { DEMO_LOGINS, expectAccessible, signIn } from "./support/portal";

// These tests change the shared demo client's settings: each puts them back before it ends.

async function openAccount(page: Page) {
  await signIn(page, DEMO_LOGINS.client);
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();
}

async function chooseLanguage(page: Page, label: "English" | "Nederlands", saveLabel: string) {
  const section = page.getByRole("region", { name: label === "English" ? "Instellen taal" : "Language" });
  await section.getByRole("radio", { name: label }).check();
  await section.getByRole("button", { name: saveLabel }).click();
}

test("the account page shows the details and its sections, and is accessible", async ({ page }) => {
  await openAccount(page);
  await expect(page.getByText(DEMO_LOGINS.client)).toBeVisible();
  for (const heading of ["Uw gegevens", "Instellen taal", "Notificaties", "Wachtwoord wijzigen", "Andere sessies beëindigen"]) {
    await expect(page.getByRole("heading", { name: heading, level: 2 })).toBeVisible();
  }
  await expect(page.getByText("U kunt kiezen voor Nederlands of Engels.")).toBeVisible();
  await expect(page.getByRole("main").getByRole("button", { name: "Uitloggen" })).toBeVisible();
  await expectAccessible(page);
});

test("the client switches the whole portal to English and back", async ({ page }) => {
  await openAccount(page);
  try {
    await chooseLanguage(page, "English", "Opslaan");
    await expect(page.getByRole("region", { name: "Language" }).getByRole("status")).toHaveText("The language has been saved.");
    await expect(page.getByRole("heading", { name: "Language", level: 2 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Notifications", level: 2 })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const nav = page.getByRole("navigation", { name: "Main menu" }).filter({ visible: true });
    await expect(nav.getByRole("link", { name: "Files" })).toBeVisible();
    await expectAccessible(page);
    // Saved on the account: a new page load stays in English.
    await page.reload();
    await expect(page.getByRole("heading", { name: "Change password", level: 2 })).toBeVisible();
    await expect(page.getByRole("radio", { name: "English" })).toBeChecked();
  } finally {
    await chooseLanguage(page, "Nederlands", "Save");
  }
  await expect(page.getByRole("heading", { name: "Instellen taal", level: 2 })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Hoofdmenu" }).filter({ visible: true }).getByRole("link", { name: "Dossiers" }),
  ).toBeVisible();
});

test("the notification switches persist after a reload", async ({ page }) => {
  await openAccount(page);
  const section = page.getByRole("region", { name: "Notificaties" });
  const documents = section.getByRole("switch", { name: "E-mail als er nieuwe documenten zijn klaargezet" });
  const messages = section.getByRole("switch", { name: "E-mail als er een bericht naar mij is gestuurd" });
  const initial = [await documents.isChecked(), await messages.isChecked()];
  try {
    await documents.setChecked(!initial[0]);
    await section.getByRole("button", { name: "Opslaan" }).click();
    await expect(section.getByRole("status")).toHaveText("Uw notificaties zijn opgeslagen.");
    await page.reload();
    await expect(documents).toBeChecked({ checked: !initial[0] });
    await expect(messages).toBeChecked({ checked: initial[1] });
  } finally {
    await documents.setChecked(initial[0]!);
    await section.getByRole("button", { name: "Opslaan" }).click();
    await expect(section.getByRole("status")).toBeVisible();
  }
  await page.reload();
  await expect(documents).toBeChecked({ checked: initial[0] });
});

test("a wrong current password is a field error; a right one changes it, keeps this browser signed in and ends the old cookie", async ({
  page,
  browser,
}) => {
  await openAccount(page);
  const section = page.getByRole("region", { name: "Wachtwoord wijzigen" });
  const change = async (current: string, next: string) => {
    await section.getByLabel("Huidig wachtwoord").fill(current);
    await section.getByLabel("Nieuw wachtwoord", { exact: true }).fill(next);
    await section.getByLabel("Herhaal nieuw wachtwoord").fill(next);
    await section.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  };
  const temporary = `tijdelijk wachtwoord ${Date.now()}`;

  await change("dit-is-het-niet", temporary);
  await expect(section.getByText("Het wachtwoord is onjuist.")).toBeVisible();
  await expect(section.getByLabel("Huidig wachtwoord")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  const oldCookies = await page.context().cookies();
  await change(DEMO_LOGINS.password, temporary);
  await expect(section.getByRole("status")).toContainText("Uw wachtwoord is gewijzigd.");
  // The session cookie from before the change no longer works, in another browser.
  const other = await browser.newContext({ locale: "nl-NL" });
  await other.addCookies(oldCookies);
  const stale = await other.newPage();
  await stale.goto("/account");
  await expect(stale).toHaveURL(/\/login/);
  await other.close();
  // Still signed in after all sessions ended: the action issued a fresh one for this browser.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();
  await change(temporary, DEMO_LOGINS.password);
  await expect(section.getByRole("status")).toContainText("Uw wachtwoord is gewijzigd.");
});

test("ending other sessions signs out another browser but not this one", async ({ page, browser }) => {
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  try {
    await signIn(otherPage, DEMO_LOGINS.client);
    await expect(otherPage).toHaveURL(/\/$/);
    await openAccount(page);
    const section = page.getByRole("region", { name: "Andere sessies beëindigen" });
    await section.getByLabel("Wachtwoord").fill("dit-is-het-niet");
    await section.getByRole("button", { name: "Andere sessies beëindigen" }).click();
    await expect(section.getByText("Het wachtwoord is onjuist.")).toBeVisible();
    await section.getByLabel("Wachtwoord").fill(DEMO_LOGINS.password);
    await section.getByRole("button", { name: "Andere sessies beëindigen" }).click();
    await expect(section.getByRole("status")).toContainText("Al uw andere sessies zijn beëindigd.");
    await page.reload();
    await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();
    await otherPage.goto("/account");
    await expect(otherPage).toHaveURL(/\/login/);
  } finally {
    await other.close();
  }
});
