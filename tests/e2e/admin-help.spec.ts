// Staff reach the help page from the admin footer (desktop project only, like every admin-*.spec.ts).
import { expect, test } from "@playwright/test";
import { HelpPage } from "./pages/help-page";
import { LoginPage } from "./pages/login-page";
import { Shell } from "./pages/shell";
import { DEMO_LOGINS, expectAccessible } from "./support/portal";

test("signed in as staff: the admin footer leads to help, and help leads back to /admin", async ({ page }) => {
  await new LoginPage(page).signIn(DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  await new Shell(page).footerLink().click();
  await expect(page).toHaveURL(/\/help$/);
  await expect(new HelpPage(page).backLink("Naar het beheer")).toHaveAttribute("href", "/admin");
  await expectAccessible(page);
});
