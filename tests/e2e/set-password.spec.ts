import { expect, test, type Page } from "@playwright/test";
import { EXPIRED_LINK } from "../../scripts/lib/e2e-fixtures.mts";
import { AdminClientsPage } from "./pages/admin-clients-page";
import { HomePage } from "./pages/home-page";
import { LoginPage } from "./pages/login-page";
import { OutboxPage } from "./pages/outbox-page";
import { SetPasswordPage } from "./pages/set-password-page";
import { Shell } from "./pages/shell";
import { DEMO_LOGINS, expectAccessible } from "./support/portal";

// "Eerste keer inloggen" (docs/client-manual.md M-SETPW, three e-mails) and the forgotten-password route from the login screen,
// on desktop and phone. Mail is read from /dev/outbox.

const newPassword = "zomerse fietstocht langs de Vecht";
const SET_PASSWORD_MAIL = "Wachtwoord instellen voor het klantenportaal van Demo Notariaat";
const SET_PASSWORD_LINK = /\/set-password\/[A-Za-z0-9_-]{43}$/;

/** A new client, made by the demo staff member as in /admin/clients; the browser is signed out afterwards. */
async function createInvitedClient(page: Page): Promise<{ name: string; email: string }> {
  const suffix = Math.random().toString(36).slice(2, 8);
  const client = { name: `Eerste Login ${suffix}`, email: `eerste-${suffix}@example.test` };
  await new LoginPage(page).signIn(DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin/);
  const clients = new AdminClientsPage(page);
  await clients.goto();
  const dialog = await clients.createClient(client);
  await expect(dialog).toBeHidden();
  await new Shell(page).signOut();
  return client;
}

/** Opens the link of the newest mail that mentions `email` and has this subject. */
async function openMailLink(page: Page, email: string, subject: string, link: RegExp): Promise<string> {
  const outbox = new OutboxPage(page);
  await outbox.goto();
  return outbox.followLink({ mentioning: email, subject }, link);
}

test.beforeEach(async ({ page }) => {
  // The request page allows 5 requests per IP per hour; each test comes from its own documentation address.
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` });
});

test("first login with three e-mails: invitation, link, confirmation; the used link then shows the expired page", async ({ page }) => {
  const client = await createInvitedClient(page);
  const setPassword = new SetPasswordPage(page);

  // E-mail 1 → the request page: e-mail address, "verstuur".
  await openMailLink(page, client.email, "Uw account voor het klantenportaal van Demo Notariaat", /\/set-password$/);
  await expect(page).toHaveURL(/\/set-password$/);
  await expectAccessible(page);
  // A field error first: nothing typed.
  await setPassword.sendButton.click();
  await expect(setPassword.email).toHaveAttribute("aria-invalid", "true");
  await setPassword.requestLink(client.email);
  await expectAccessible(page);

  // E-mail 2 → the screen to set the password.
  const link = await openMailLink(page, client.email, SET_PASSWORD_MAIL, SET_PASSWORD_LINK);
  await expectAccessible(page);
  // A too common password is refused with a field error, then a good one is accepted.
  await setPassword.submitPassword("qwertyuiop");
  await expect(page.getByText("Dit wachtwoord wordt te veel gebruikt")).toBeVisible();
  // What was typed stays to be corrected (issue 14), and "Wachtwoord tonen" shows it.
  await expect(setPassword.newPassword).toHaveValue("qwertyuiop");
  await expect(setPassword.repeatPassword).toHaveValue("qwertyuiop");
  await page.getByRole("button", { name: "Wachtwoord tonen" }).first().click();
  await expect(setPassword.newPassword).toHaveAttribute("type", "text");
  await expectAccessible(page);
  await setPassword.choosePassword(newPassword);

  // Signed in on the Beginscherm.
  await expect(new HomePage(page).heading).toBeVisible();
  await expect(page).toHaveURL(/\/$/);

  // E-mail 3 confirms.
  const outbox = new OutboxPage(page);
  await outbox.goto();
  await expect(
    outbox.mail({ mentioning: client.email, subject: "Uw wachtwoord voor het klantenportaal van Demo Notariaat is ingesteld" }),
  ).toHaveCount(1);

  // The link of e-mail 2 works once.
  await page.context().clearCookies();
  await page.goto(link);
  await expect(setPassword.expiredHeading).toBeVisible();
  await expect(setPassword.setButton).toHaveCount(0);
  await expectAccessible(page);
  await setPassword.newLinkLink.click();
  await expect(page).toHaveURL(/\/set-password$/);

  // An unknown link looks the same.
  await setPassword.goto("A".repeat(43));
  await expect(setPassword.expiredHeading).toBeVisible();
});

test("forgotten password from the login screen; an unknown address gets the same answer", async ({ page }) => {
  const client = await createInvitedClient(page);
  const login = new LoginPage(page);
  const setPassword = new SetPasswordPage(page);

  await login.goto();
  await login.setPasswordLink.click();
  await expect(page).toHaveURL(/\/set-password$/);

  await setPassword.requestLink(`niemand-${Math.random().toString(36).slice(2, 8)}@example.test`);
  const unknownAnswer = await setPassword.status.textContent();

  await setPassword.goto();
  await setPassword.requestLink(client.email);
  expect(await setPassword.status.textContent()).toBe(unknownAnswer);

  await openMailLink(page, client.email, SET_PASSWORD_MAIL, SET_PASSWORD_LINK);
  await setPassword.choosePassword(newPassword);
  await expect(new HomePage(page).heading).toBeVisible();

  // The new password is the password from now on.
  await new Shell(page).signOut();
  await login.signIn(client.email, newPassword);
  await expect(new HomePage(page).heading).toBeVisible();
});

test("an expired link shows the expired page, and a new link from there works", async ({ page }, testInfo) => {
  const setPassword = new SetPasswordPage(page);
  // scripts/lib/e2e-fixtures.mts made this link an hour and a minute ago: it expired a minute ago.
  await setPassword.goto(EXPIRED_LINK.token);
  await expect(setPassword.expiredHeading).toBeVisible();
  await expect(setPassword.setButton).toHaveCount(0);
  await expectAccessible(page);
  await setPassword.newLinkLink.click();
  await setPassword.requestLink(EXPIRED_LINK.email);

  await openMailLink(page, EXPIRED_LINK.email, SET_PASSWORD_MAIL, SET_PASSWORD_LINK);
  await setPassword.choosePassword(`${newPassword} ${testInfo.project.name}`);
  await expect(new HomePage(page).heading).toBeVisible();
  // The expired link stays dead.
  await setPassword.goto(EXPIRED_LINK.token);
  await expect(setPassword.expiredHeading).toBeVisible();
});
