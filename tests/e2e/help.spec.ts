import { expect, test, type Page } from "@playwright/test";
import { DEMO_LOGINS, expectAccessible, signIn } from "./support/portal";

const footerLink = (page: Page, name = "Veelgestelde vragen en contact") => page.getByRole("contentinfo").getByRole("link", { name });

test("signed out: the login page's footer leads to the office's FAQ, contact details and download help", async ({ page }) => {
  await page.goto("/login");
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByRole("link", { name: "(020) 123 4567" })).toHaveAttribute("href", "tel:0201234567");
  await footerLink(page).click();

  await expect(page).toHaveURL(/\/help$/);
  await expect(page.getByRole("heading", { level: 1, name: "Help" })).toBeVisible();
  await expect(page).toHaveTitle(/^Help/);

  // The office's FAQ: each question opens with the keyboard.
  const faq = page.getByRole("region", { name: "Veelgestelde vragen" });
  const question = faq.locator("summary", { hasText: "Waarom werken jullie met een portal?" });
  await expect(question).toBeVisible();
  const answer = faq.getByText("Daarom werken we met een portal.", { exact: false });
  await expect(answer).toBeHidden();
  await question.focus();
  await page.keyboard.press("Enter");
  await expect(answer).toBeVisible();

  // The office's contact details.
  const contact = page.getByRole("region", { name: "Contact" });
  await expect(contact.getByRole("link", { name: "(020) 123 4567" })).toHaveAttribute("href", "tel:0201234567");
  await expect(contact.getByRole("link", { name: "info@demo.test" })).toHaveAttribute("href", "mailto:info@demo.test");

  // The manual's text on finding downloads (docs/client-manual.md M-FAQ-8), on a computer and on a phone.
  const downloads = page.getByRole("region", { name: "Gedownloade documenten terugvinden" });
  await expect(downloads.getByRole("heading", { name: "Op een desktop of laptop" })).toBeVisible();
  await expect(
    downloads.getByText("U kunt het document ook terugvinden in de downloadmap van uw desktop of laptop.", { exact: false }),
  ).toBeVisible();
  await expect(downloads.getByText("Verkenner → Downloads (Windows) of Finder → Downloads (Apple)", { exact: false })).toBeVisible();
  await expect(downloads.getByRole("heading", { name: "Op een mobiele telefoon" })).toBeVisible();
  await expect(downloads.getByText("meestal terugvinden in de app Files/Bestanden", { exact: false })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("banner").getByRole("link", { name: "Inloggen", exact: true }).click();
  await expect(page).toHaveURL(/\/login$/);
});

test("the help page follows the language chosen before signing in", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Log in" })).toBeVisible();
  await footerLink(page, "FAQ and contact").click();
  await expect(page).toHaveURL(/\/help$/);
  const faq = page.getByRole("region", { name: "Frequently asked questions" });
  await expect(faq.getByText("Why do you use a portal?")).toBeVisible();
  const downloads = page.getByRole("region", { name: "Finding downloaded documents" });
  await expect(downloads.getByRole("heading", { name: "On a mobile phone" })).toBeVisible();
  await expect(downloads.getByText("in the Files app", { exact: false })).toBeVisible();
  await expectAccessible(page);

  // The language can be switched on the help page itself too.
  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.getByRole("region", { name: "Veelgestelde vragen" }).getByText("Waarom werken jullie met een portal?")).toBeVisible();
});

test("signed in as a client: the footer is on every page, clear of the tab bar, and help leads back to the portal", async ({
  page,
  isMobile,
}) => {
  await signIn(page, DEMO_LOGINS.client);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { name: "Beginscherm" })).toBeVisible();
  const link = footerLink(page);
  await expect(link).toBeVisible();
  if (isMobile) {
    // Scrolled to the very end, the footer still shows above the fixed tab bar.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const tabBar = await page.getByRole("navigation", { name: "Hoofdmenu" }).filter({ visible: true }).boundingBox();
    const phone = await page.getByRole("contentinfo").getByRole("link", { name: "(020) 123 4567" }).boundingBox();
    const linkBox = await link.boundingBox();
    expect(linkBox!.y + linkBox!.height).toBeLessThanOrEqual(tabBar!.y);
    expect(phone!.y + phone!.height).toBeLessThanOrEqual(tabBar!.y);
  }
  await link.click();

  await expect(page).toHaveURL(/\/help$/);
  await expect(page.getByRole("heading", { level: 1, name: "Help" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Veelgestelde vragen" }).getByText("Waarom werken jullie met een portal?")).toBeVisible();
  await expect(page.getByRole("button", { name: "English" })).toHaveCount(0);
  const back = page.getByRole("banner").getByRole("link", { name: "Naar het beginscherm" });
  await expect(back).toHaveAttribute("href", "/");
  await expectAccessible(page);
  await back.click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { name: "Beginscherm" })).toBeVisible();
});
