import { expect, test } from "@playwright/test";
import { AdminClientsPage } from "./pages/admin-clients-page";
import { HomePage } from "./pages/home-page";
import { LoginPage } from "./pages/login-page";
import { OutboxPage } from "./pages/outbox-page";
import { Shell } from "./pages/shell";
import { DEMO_LOGINS, expectAccessible } from "./support/portal";

test("staff create a client, whose invitation lands in the outbox; duplicates, search, block and unblock", async ({ page }) => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const name = `Els Testcliënt ${suffix}`;
  const email = `els-${suffix}@example.test`;

  await new LoginPage(page).signIn(DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  await new Shell(page).openAdminSection("Cliënten");
  const clients = new AdminClientsPage(page);
  await expect(clients.heading).toBeVisible();
  await expect(clients.table).toBeVisible();
  await expectAccessible(page);

  const dialog = await clients.createClient({ name, email, phone: "31612345678", language: "nl" });
  await expect(dialog).toBeHidden();
  await expect(clients.status).toContainText(`${name} is aangemaakt. De uitnodiging is verstuurd naar ${email}.`);

  const outbox = new OutboxPage(page);
  await outbox.goto();
  const mail = outbox.mail({ mentioning: email }).first();
  await expect(mail.getByTestId("outbox-recipient")).toHaveText(email);
  await expect(mail.getByRole("heading", { name: "Uw account voor het klantenportaal van Demo Notariaat" })).toBeVisible();
  await expect(mail.getByRole("link", { name: /\/set-password$/ })).toBeVisible();

  // The same address again: a field error, the typed values stay, and no second account.
  await clients.goto();
  const again = await clients.createClient({ name: "Iemand Anders", email: email.toUpperCase(), phone: "31612345678", language: "nl" });
  await expect(again.getByText("Er bestaat al een account met dit e-mailadres.")).toBeVisible();
  await expect(again.getByLabel("E-mailadres")).toHaveAttribute("aria-invalid", "true");
  await expect(again.getByLabel("Naam")).toHaveValue("Iemand Anders");
  await expectAccessible(page);
  await again.getByRole("button", { name: "Sluiten" }).click();

  await clients.searchFor(suffix);
  await expect(page).toHaveURL(new RegExp(`q=${suffix}`));
  await expect(page.getByText("1 cliënt", { exact: true })).toBeVisible();
  const row = clients.row(email);
  await expect(row.getByText("Uitgenodigd")).toBeVisible();
  await expect(row.getByText("Nooit")).toBeVisible();
  await row.getByRole("link", { name }).click();

  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByText("+31612345678")).toBeVisible();
  await expect(page.getByText("Deze cliënt is nog niet aan een dossier gekoppeld.")).toBeVisible();
  await expectAccessible(page);

  await clients.resendInvitationButton.click();
  await expect(clients.status).toHaveText("De uitnodiging is opnieuw verstuurd.");

  const confirm = await clients.startBlocking();
  await expect(confirm).toContainText("direct uitgelogd");
  await expectAccessible(page);
  await confirm.getByRole("button", { name: "Blokkeren" }).click();
  await expect(confirm).toBeHidden();
  await expect(clients.status).toHaveText("Het account is geblokkeerd.");
  await expect(page.getByRole("main").getByText("Geblokkeerd", { exact: true })).toBeVisible();
  await expect(clients.resendInvitationButton).toHaveCount(0);

  await clients.unblock();
  await expect(clients.status).toHaveText("De blokkade is opgeheven.");
  await expect(page.getByRole("main").getByText("Uitgenodigd", { exact: true })).toBeVisible();

  await clients.rename(`${name} Jr.`);
  await expect(clients.status.filter({ hasText: "De gegevens zijn opgeslagen." })).toBeVisible();
  await expect(page.getByRole("heading", { name: `${name} Jr.`, level: 1 })).toBeVisible();
});

test("a search without results says so", async ({ page }) => {
  await new LoginPage(page).signIn(DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  await new AdminClientsPage(page).goto("niemand-heet-zo-xyz");
  await expect(page.getByText("Geen cliënten gevonden voor ‘niemand-heet-zo-xyz’.")).toBeVisible();
  await expectAccessible(page);
});

test("clients get a 404 on the client pages of /admin", async ({ page }) => {
  await new LoginPage(page).signIn(DEMO_LOGINS.client);
  await expect(new HomePage(page).heading).toBeVisible();
  for (const path of ["/admin/clients", "/admin/clients/00000000-0000-4000-8000-000000000000"]) {
    expect((await page.goto(path))?.status()).toBe(404);
  }
});
