// The staff menu on a phone-sized window (issue 14): every section in sight at once, the current one marked, and
// nothing to scroll sideways. (Staff work at a desk, so the admin specs run on the desktop project; this one
// narrows the window itself.)
import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { Shell } from "./pages/shell";
import { DEMO_LOGINS, expectAccessible } from "./support/portal";

const SECTIONS = ["Overzicht", "Cliënten", "Dossiers", "Berichten", "Medewerkers", "Instellingen", "Auditlog", "Verzending"] as const;

test("on a phone-sized window the staff menu shows every section and where you are", async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 915 });
  await new LoginPage(page).signIn(DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  const menu = new Shell(page).adminMenu;
  for (const section of SECTIONS) await expect(menu.getByRole("link", { name: section, exact: true })).toBeInViewport({ ratio: 1 });
  await expect(menu.getByRole("link", { name: "Overzicht", exact: true })).toHaveAttribute("aria-current", "page");

  await menu.getByRole("link", { name: "Dossiers", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/dossiers$/);
  const current = menu.locator("[aria-current=page]");
  await expect(current).toHaveCount(1);
  await expect(current).toHaveText("Dossiers");
  for (const section of SECTIONS) await expect(menu.getByRole("link", { name: section, exact: true })).toBeInViewport({ ratio: 1 });
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  await expectAccessible(page);
});
