// Staff reach the help page from the admin footer (desktop project only, like every admin-*.spec.ts).
import { expect, test } from "@playwright/test";
import { DEMO_LOGINS, expectAccessible, signIn } from "./support/portal";

test("signed in as staff: the admin footer leads to help, and help leads back to /admin", async ({ page }) => {
  await signIn(page, DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("contentinfo").getByRole("link", { name: "Veelgestelde vragen en contact" }).click();
  await expect(page).toHaveURL(/\/help$/);
  await expect(page.getByRole("link", { name: "Naar het beheer" })).toHaveAttribute("href", "/admin");
  await expectAccessible(page);
});
