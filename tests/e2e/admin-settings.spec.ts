import { expect, test, type Page } from "@playwright/test";
import { DEMO_LOGINS, expectAccessible, signIn } from "./support/portal";

async function openSettings(page: Page) {
  await signIn(page, DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("navigation", { name: "Beheermenu" }).getByRole("link", { name: "Instellingen" }).click();
  await expect(page.getByRole("heading", { name: "Kantoorinstellingen" })).toBeVisible();
}

test("the demo admin edits the office phone and a FAQ answer; both persist after a reload", async ({ page }) => {
  await openSettings(page);
  await expectAccessible(page);
  const details = page.getByRole("region", { name: "Kantoorgegevens" });
  const faq = page.getByRole("region", { name: "Veelgestelde vragen" });
  const phone = details.getByLabel("Telefoonnummer");
  const answer = faq.getByRole("group", { name: "Vraag 1", exact: true }).getByLabel("Antwoord (Nederlands)");
  const originalPhone = await phone.inputValue();
  const originalAnswer = await answer.inputValue();
  const marker = `(e2e ${Date.now()})`;

  await phone.fill("020 765 4321");
  await details.getByRole("button", { name: "Opslaan" }).click();
  await expect(details.getByRole("status")).toHaveText("Opgeslagen.");

  await answer.fill(`${originalAnswer} ${marker}`);
  await faq.getByRole("button", { name: "Vragen opslaan" }).click();
  await expect(faq.getByRole("status")).toHaveText("Opgeslagen.");

  await page.reload();
  await expect(phone).toHaveValue("020 765 4321");
  await expect(answer).toHaveValue(`${originalAnswer} ${marker}`);

  // Put the demo office back as it was, for the tests that come after this one.
  await phone.fill(originalPhone);
  await details.getByRole("button", { name: "Opslaan" }).click();
  await expect(details.getByRole("status")).toHaveText("Opgeslagen.");
  await answer.fill(originalAnswer);
  await faq.getByRole("button", { name: "Vragen opslaan" }).click();
  await expect(faq.getByRole("status")).toHaveText("Opgeslagen.");
});

test("a brand colour too light for white text is refused with a field error", async ({ page }) => {
  await openSettings(page);
  const details = page.getByRole("region", { name: "Kantoorgegevens" });
  const colour = details.getByRole("textbox", { name: "Huisstijlkleur" });
  const original = await colour.inputValue();
  await colour.fill("#ffff00");
  await details.getByRole("button", { name: "Opslaan" }).click();
  await expect(details.getByText("Deze kleur is te licht")).toBeVisible();
  await expect(colour).toHaveAttribute("aria-invalid", "true");
  await expect(colour).toHaveValue("#ffff00"); // what was typed stays, to be corrected
  await expectAccessible(page);
  await page.reload();
  await expect(colour).toHaveValue(original);
});
