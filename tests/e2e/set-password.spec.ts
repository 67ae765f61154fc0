import { expect, test, type Page } from "@playwright/test";
import { EXPIRED_LINK } from "../../scripts/lib/e2e-fixtures.mts";
import { DEMO_LOGINS, expectAccessible, signIn, signOut } from "./support/portal";

// "Eerste keer inloggen" (docs/client-manual.md M-SETPW, three e-mails) and the forgotten-password route from the login screen,
// on desktop and phone. Mail is read from /dev/outbox.

const newPassword = "zomerse fietstocht langs de Vecht";

/** A new client, made by the demo staff member as in /admin/clients; the browser is signed out afterwards. */
async function createInvitedClient(page: Page): Promise<{ name: string; email: string }> {
  const suffix = Math.random().toString(36).slice(2, 8);
  const client = { name: `Eerste Login ${suffix}`, email: `eerste-${suffix}@example.test` };
  await signIn(page, DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin/);
  await page.goto("/admin/clients");
  await page.getByRole("button", { name: "Nieuwe cliënt" }).click();
  const dialog = page.getByRole("dialog", { name: "Nieuwe cliënt" });
  await dialog.getByLabel("Naam").fill(client.name);
  await dialog.getByLabel("E-mailadres").fill(client.email);
  await dialog.getByRole("button", { name: "Cliënt aanmaken" }).click();
  await expect(dialog).toBeHidden();
  await signOut(page);
  return client;
}

/** Opens the only link of the newest mail to `email` whose subject matches. */
async function openMailLink(page: Page, email: string, subject: string | RegExp, link: RegExp): Promise<string> {
  await page.goto("/dev/outbox");
  const mail = page
    .getByTestId("outbox-entry")
    .filter({ hasText: email })
    .filter({ has: page.getByRole("heading", { name: subject }) })
    .first();
  const anchor = mail.getByRole("link", { name: link });
  const href = (await anchor.getAttribute("href"))!;
  await anchor.click();
  return href;
}

async function requestLink(page: Page, email: string) {
  await expect(page.getByRole("heading", { name: "Wachtwoord instellen", level: 1 })).toBeVisible();
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "verstuur" }).click();
  await expect(page.getByRole("status")).toContainText(
    "Als dit e-mailadres bij ons bekend is, ontvangt u binnen enkele minuten een e-mail met een link",
  );
}

async function choosePassword(page: Page, password = newPassword) {
  await expect(page.getByRole("heading", { name: "Stel uw wachtwoord in", level: 1 })).toBeVisible();
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(password);
  await page.getByLabel("Herhaal nieuw wachtwoord").fill(password);
  await page.getByRole("button", { name: "instellen wachtwoord" }).click();
}

test.beforeEach(async ({ page }) => {
  // The request page allows 5 requests per IP per hour; each test comes from its own documentation address.
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` });
});

test("first login with three e-mails: invitation, link, confirmation; the used link then shows the expired page", async ({ page }) => {
  const client = await createInvitedClient(page);

  // E-mail 1 → the request page: e-mail address, "verstuur".
  await openMailLink(page, client.email, "Uw account voor het klantenportaal van Demo Notariaat", /\/set-password$/);
  await expect(page).toHaveURL(/\/set-password$/);
  await expectAccessible(page);
  // A field error first: nothing typed.
  await page.getByRole("button", { name: "verstuur" }).click();
  await expect(page.getByLabel("E-mailadres")).toHaveAttribute("aria-invalid", "true");
  await requestLink(page, client.email);
  await expectAccessible(page);

  // E-mail 2 → the screen to set the password.
  const link = await openMailLink(
    page,
    client.email,
    "Wachtwoord instellen voor het klantenportaal van Demo Notariaat",
    /\/set-password\/[A-Za-z0-9_-]{43}$/,
  );
  await expectAccessible(page);
  // A too common password is refused with a field error, then a good one is accepted.
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("qwertyuiop");
  await page.getByLabel("Herhaal nieuw wachtwoord").fill("qwertyuiop");
  await page.getByRole("button", { name: "instellen wachtwoord" }).click();
  await expect(page.getByText("Dit wachtwoord wordt te veel gebruikt")).toBeVisible();
  await expectAccessible(page);
  await choosePassword(page);

  // Signed in on the Beginscherm.
  await expect(page.getByRole("heading", { name: "Beginscherm", level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);

  // E-mail 3 confirms.
  await page.goto("/dev/outbox");
  const confirmation = page
    .getByTestId("outbox-entry")
    .filter({ hasText: client.email })
    .filter({ has: page.getByRole("heading", { name: "Uw wachtwoord voor het klantenportaal van Demo Notariaat is ingesteld" }) });
  await expect(confirmation).toHaveCount(1);

  // The link of e-mail 2 works once.
  await page.context().clearCookies();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Deze link is verlopen of al gebruikt", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "instellen wachtwoord" })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Nieuwe link aanvragen" }).click();
  await expect(page).toHaveURL(/\/set-password$/);

  // An unknown link looks the same.
  await page.goto(`/set-password/${"A".repeat(43)}`);
  await expect(page.getByRole("heading", { name: "Deze link is verlopen of al gebruikt", level: 1 })).toBeVisible();
});

test("forgotten password from the login screen; an unknown address gets the same answer", async ({ page }) => {
  const client = await createInvitedClient(page);

  await page.goto("/login");
  await page.getByRole("link", { name: "instellen wachtwoord" }).click();
  await expect(page).toHaveURL(/\/set-password$/);

  await requestLink(page, `niemand-${Math.random().toString(36).slice(2, 8)}@example.test`);
  const unknownAnswer = await page.getByRole("status").textContent();

  await page.goto("/set-password");
  await requestLink(page, client.email);
  expect(await page.getByRole("status").textContent()).toBe(unknownAnswer);

  await openMailLink(
    page,
    client.email,
    "Wachtwoord instellen voor het klantenportaal van Demo Notariaat",
    /\/set-password\/[A-Za-z0-9_-]{43}$/,
  );
  await choosePassword(page);
  await expect(page.getByRole("heading", { name: "Beginscherm", level: 1 })).toBeVisible();

  // The new password is the password from now on.
  await signOut(page);
  await signIn(page, client.email, newPassword);
  await expect(page.getByRole("heading", { name: "Beginscherm", level: 1 })).toBeVisible();
});

test("an expired link shows the expired page, and a new link from there works", async ({ page }, testInfo) => {
  // scripts/lib/e2e-fixtures.mts made this link an hour and a minute ago: it expired a minute ago.
  await page.goto(`/set-password/${EXPIRED_LINK.token}`);
  await expect(page.getByRole("heading", { name: "Deze link is verlopen of al gebruikt", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "instellen wachtwoord" })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Nieuwe link aanvragen" }).click();
  await requestLink(page, EXPIRED_LINK.email);

  await openMailLink(
    page,
    EXPIRED_LINK.email,
    "Wachtwoord instellen voor het klantenportaal van Demo Notariaat",
    /\/set-password\/[A-Za-z0-9_-]{43}$/,
  );
  await choosePassword(page, `${newPassword} ${testInfo.project.name}`);
  await expect(page.getByRole("heading", { name: "Beginscherm", level: 1 })).toBeVisible();
  // The expired link stays dead.
  await page.goto(`/set-password/${EXPIRED_LINK.token}`);
  await expect(page.getByRole("heading", { name: "Deze link is verlopen of al gebruikt", level: 1 })).toBeVisible();
});
