import { expect, test, type Page } from "@playwright/test";
import { DEMO_LOGINS, expectAccessible, signIn } from "./support/portal";

async function createClient(page: Page, name: string, email: string) {
  await page.getByRole("button", { name: "Nieuwe cliënt" }).click();
  const dialog = page.getByRole("dialog", { name: "Nieuwe cliënt" });
  await dialog.getByLabel("Naam").fill(name);
  await dialog.getByLabel("E-mailadres").fill(email);
  await dialog.getByLabel("Mobiel nummer (optioneel)").fill("31612345678");
  await dialog.getByLabel("Taal").selectOption("nl");
  await dialog.getByRole("button", { name: "Cliënt aanmaken" }).click();
  return dialog;
}

test("staff create a client, whose invitation lands in the outbox; duplicates, search, block and unblock", async ({ page }) => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const name = `Els Testcliënt ${suffix}`;
  const email = `els-${suffix}@example.test`;

  await signIn(page, DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("navigation", { name: "Beheermenu" }).getByRole("link", { name: "Cliënten" }).click();
  await expect(page.getByRole("heading", { name: "Cliënten", level: 1 })).toBeVisible();
  await expect(page.getByRole("table", { name: "Cliënten" })).toBeVisible();
  await expectAccessible(page);

  const dialog = await createClient(page, name, email);
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status")).toContainText(`${name} is aangemaakt. De uitnodiging is verstuurd naar ${email}.`);

  await page.goto("/dev/outbox");
  const mail = page.getByTestId("outbox-entry").filter({ hasText: email }).first();
  await expect(mail.getByTestId("outbox-recipient")).toHaveText(email);
  await expect(mail.getByRole("heading", { name: "Uw account voor het klantenportaal van Demo Notariaat" })).toBeVisible();
  await expect(mail.getByRole("link", { name: /\/set-password$/ })).toBeVisible();

  // The same address again: a field error, the typed values stay, and no second account.
  await page.goto("/admin/clients");
  const again = await createClient(page, "Iemand Anders", email.toUpperCase());
  await expect(again.getByText("Er bestaat al een account met dit e-mailadres.")).toBeVisible();
  await expect(again.getByLabel("E-mailadres")).toHaveAttribute("aria-invalid", "true");
  await expect(again.getByLabel("Naam")).toHaveValue("Iemand Anders");
  await expectAccessible(page);
  await again.getByRole("button", { name: "Sluiten" }).click();

  await page.getByLabel("Zoek op naam of e-mailadres").fill(suffix);
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${suffix}`));
  await expect(page.getByText("1 cliënt", { exact: true })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row.getByText("Uitgenodigd")).toBeVisible();
  await expect(row.getByText("Nooit")).toBeVisible();
  await row.getByRole("link", { name }).click();

  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByText("+31612345678")).toBeVisible();
  await expect(page.getByText("Deze cliënt is nog niet aan een dossier gekoppeld.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Uitnodiging opnieuw versturen" }).click();
  await expect(page.getByRole("status")).toHaveText("De uitnodiging is opnieuw verstuurd.");

  await page.getByRole("button", { name: "Blokkeren" }).click();
  const confirm = page.getByRole("dialog", { name: "Cliënt blokkeren?" });
  await expect(confirm).toContainText("direct uitgelogd");
  await expectAccessible(page);
  await confirm.getByRole("button", { name: "Blokkeren" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole("status")).toHaveText("Het account is geblokkeerd.");
  await expect(page.getByRole("main").getByText("Geblokkeerd", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Uitnodiging opnieuw versturen" })).toHaveCount(0);

  await page.getByRole("button", { name: "Deblokkeren" }).click();
  await expect(page.getByRole("status")).toHaveText("De blokkade is opgeheven.");
  await expect(page.getByRole("main").getByText("Uitgenodigd", { exact: true })).toBeVisible();

  await page.getByLabel("Naam").fill(`${name} Jr.`);
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De gegevens zijn opgeslagen." })).toBeVisible();
  await expect(page.getByRole("heading", { name: `${name} Jr.`, level: 1 })).toBeVisible();
});

test("a search without results says so", async ({ page }) => {
  await signIn(page, DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/clients?q=niemand-heet-zo-xyz");
  await expect(page.getByText("Geen cliënten gevonden voor ‘niemand-heet-zo-xyz’.")).toBeVisible();
  await expectAccessible(page);
});

test("clients get a 404 on the client pages of /admin", async ({ page }) => {
  await signIn(page, DEMO_LOGINS.client);
  await expect(page.getByRole("heading", { name: "Beginscherm" })).toBeVisible();
  for (const path of ["/admin/clients", "/admin/clients/00000000-0000-4000-8000-000000000000"]) {
    expect((await page.goto(path))?.status()).toBe(404);
  }
});
