import { expect, test } from "@playwright/test";
import { HelpPage } from "./pages/help-page";
import { HomePage } from "./pages/home-page";
import { LoginPage } from "./pages/login-page";
import { Shell } from "./pages/shell";
import { DEMO_LOGINS, expectAccessible } from "./support/portal";

test("signed out: the login page's footer leads to the office's FAQ, contact details and download help", async ({ page }) => {
  const shell = new Shell(page);
  const help = new HelpPage(page);
  await new LoginPage(page).goto();
  await expect(shell.footerLink("(020) 123 4567")).toHaveAttribute("href", "tel:0201234567");
  await shell.footerLink().click();

  await expect(page).toHaveURL(/\/help$/);
  await expect(help.heading).toBeVisible();
  await expect(page).toHaveTitle(/^Help/);

  // The office's FAQ: each question opens with the keyboard.
  const question = help.question("Waarom werken jullie met een portal?");
  await expect(question).toBeVisible();
  const answer = help.region("Veelgestelde vragen").getByText("Daarom werken we met een portal.", { exact: false });
  await expect(answer).toBeHidden();
  await question.focus();
  await page.keyboard.press("Enter");
  await expect(answer).toBeVisible();

  // The office's contact details.
  const contact = help.region("Contact");
  await expect(contact.getByRole("link", { name: "(020) 123 4567" })).toHaveAttribute("href", "tel:0201234567");
  await expect(contact.getByRole("link", { name: "info@demo.test" })).toHaveAttribute("href", "mailto:info@demo.test");

  // The manual's text on finding downloads (docs/client-manual.md M-FAQ-8), on a computer and on a phone.
  const downloads = help.region("Gedownloade documenten terugvinden");
  await expect(downloads.getByRole("heading", { name: "Op een desktop of laptop" })).toBeVisible();
  await expect(
    downloads.getByText("U kunt het document ook terugvinden in de downloadmap van uw desktop of laptop.", { exact: false }),
  ).toBeVisible();
  await expect(downloads.getByText("Verkenner → Downloads (Windows) of Finder → Downloads (Apple)", { exact: false })).toBeVisible();
  await expect(downloads.getByRole("heading", { name: "Op een mobiele telefoon" })).toBeVisible();
  await expect(downloads.getByText("meestal terugvinden in de app Files/Bestanden", { exact: false })).toBeVisible();
  await expectAccessible(page);

  await help.backLink("Inloggen").click();
  await expect(page).toHaveURL(/\/login$/);
});

test("the help page follows the language chosen before signing in", async ({ page }) => {
  const shell = new Shell(page);
  const help = new HelpPage(page);
  await new LoginPage(page).goto();
  await shell.languageButton("English").click();
  await expect(page.getByRole("heading", { name: "Log in" })).toBeVisible();
  await shell.footerLink("FAQ and contact").click();
  await expect(page).toHaveURL(/\/help$/);
  await expect(help.region("Frequently asked questions").getByText("Why do you use a portal?")).toBeVisible();
  const downloads = help.region("Finding downloaded documents");
  await expect(downloads.getByRole("heading", { name: "On a mobile phone" })).toBeVisible();
  await expect(downloads.getByText("in the Files app", { exact: false })).toBeVisible();
  await expectAccessible(page);

  // The language can be switched on the help page itself too.
  await shell.languageButton("Nederlands").click();
  await expect(help.region("Veelgestelde vragen").getByText("Waarom werken jullie met een portal?")).toBeVisible();
});

test("signed in as a client: the footer is on every page, clear of the tab bar, and help leads back to the portal", async ({
  page,
  isMobile,
}) => {
  const shell = new Shell(page);
  const help = new HelpPage(page);
  await new LoginPage(page).signIn(DEMO_LOGINS.client);
  await expect(page).toHaveURL(/\/$/);
  await expect(new HomePage(page).heading).toBeVisible();
  const link = shell.footerLink();
  await expect(link).toBeVisible();
  if (isMobile) {
    // Scrolled to the very end, the footer still shows above the fixed tab bar.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const tabBar = await shell.menu().boundingBox();
    const phone = await shell.footerLink("(020) 123 4567").boundingBox();
    const linkBox = await link.boundingBox();
    expect(linkBox!.y + linkBox!.height).toBeLessThanOrEqual(tabBar!.y);
    expect(phone!.y + phone!.height).toBeLessThanOrEqual(tabBar!.y);
  }
  await link.click();

  await expect(page).toHaveURL(/\/help$/);
  await expect(help.heading).toBeVisible();
  await expect(help.region("Veelgestelde vragen").getByText("Waarom werken jullie met een portal?")).toBeVisible();
  await expect(shell.languageButton("English")).toHaveCount(0);
  const back = help.backLink("Naar het beginscherm");
  await expect(back).toHaveAttribute("href", "/");
  await expectAccessible(page);
  await back.click();
  await expect(page).toHaveURL(/\/$/);
  await expect(new HomePage(page).heading).toBeVisible();
});
