import { expect, test, type Page } from "@playwright/test";
import { AdminSettingsPage } from "./pages/admin-settings-page";
import { LoginPage } from "./pages/login-page";
import { Shell } from "./pages/shell";
import { DEMO_LOGINS, expectAccessible } from "./support/portal";

async function openSettings(page: Page): Promise<AdminSettingsPage> {
  await new LoginPage(page).signIn(DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  await new Shell(page).openAdminSection("Instellingen");
  const settings = new AdminSettingsPage(page);
  await expect(settings.heading).toBeVisible();
  return settings;
}

test("the demo admin edits the office phone and a FAQ answer; both persist after a reload", async ({ page }) => {
  const settings = await openSettings(page);
  await expectAccessible(page);
  const { phone } = settings;
  const answer = settings.answer(1);
  const originalPhone = await phone.inputValue();
  const originalAnswer = await answer.inputValue();
  const marker = `(e2e ${Date.now()})`;

  await phone.fill("020 765 4321");
  await settings.saveDetails();
  await expect(settings.details.getByRole("status")).toHaveText("Opgeslagen.");

  await answer.fill(`${originalAnswer} ${marker}`);
  await settings.saveFaq();
  await expect(settings.faq.getByRole("status")).toHaveText("Opgeslagen.");

  await page.reload();
  await expect(phone).toHaveValue("020 765 4321");
  await expect(answer).toHaveValue(`${originalAnswer} ${marker}`);

  // Put the demo office back as it was, for the tests that come after this one.
  await phone.fill(originalPhone);
  await settings.saveDetails();
  await expect(settings.details.getByRole("status")).toHaveText("Opgeslagen.");
  await answer.fill(originalAnswer);
  await settings.saveFaq();
  await expect(settings.faq.getByRole("status")).toHaveText("Opgeslagen.");
});

test("a brand colour too light for white text is refused with a field error", async ({ page }) => {
  const settings = await openSettings(page);
  const colour = settings.brandColour;
  const original = await colour.inputValue();
  await colour.fill("#ffff00");
  await settings.saveDetails();
  await expect(settings.details.getByText("Deze kleur is te licht")).toBeVisible();
  await expect(colour).toHaveAttribute("aria-invalid", "true");
  await expect(colour).toHaveValue("#ffff00"); // what was typed stays, to be corrected
  await expectAccessible(page);
  await page.reload();
  await expect(colour).toHaveValue(original);
});
