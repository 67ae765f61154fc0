// The admin's Verzending page: an e-mail that gave up after every try (seeded by scripts/lib/e2e-fixtures.mts)
// is listed with its last error, and "Opnieuw proberen" puts it back in the queue.
import { expect, test } from "@playwright/test";
import { FAILED_DELIVERY } from "../../scripts/lib/e2e-fixtures.mts";
import { DEMO_LOGINS, expectAccessible, signIn } from "./support/portal";

test("an undelivered e-mail is listed for the admin and can be tried again", async ({ page }) => {
  await signIn(page, DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("navigation", { name: "Beheermenu" }).getByRole("link", { name: "Verzending" }).click();
  await expect(page.getByRole("heading", { name: "Niet verzonden e-mails en sms", level: 1 })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: FAILED_DELIVERY.recipient });
  await expect(row).toContainText("Uitnodiging");
  await expect(row).toContainText("8 pogingen: 550 mailbox unavailable");
  await expectAccessible(page);

  await row.getByRole("button", { name: `Opnieuw proberen: bericht aan ${FAILED_DELIVERY.recipient}` }).click();
  await expect(page.getByRole("row").filter({ hasText: FAILED_DELIVERY.recipient })).toHaveCount(0);
  await expect(page.getByText("Alle e-mails en sms-berichten zijn afgeleverd.")).toBeVisible();
  await page.reload(); // not just the screen: the row is no longer failed in the database
  await expect(page.getByRole("row").filter({ hasText: FAILED_DELIVERY.recipient })).toHaveCount(0);
});
