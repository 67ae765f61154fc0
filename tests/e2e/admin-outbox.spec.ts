// The admin's Verzending page: an e-mail that gave up after every try (seeded by scripts/lib/e2e-fixtures.mts)
// is listed with its last error, and "Opnieuw proberen" puts it back in the queue.
import { expect, test } from "@playwright/test";
import { FAILED_DELIVERY } from "../../scripts/lib/e2e-fixtures.mts";
import { AdminOutboxPage } from "./pages/admin-outbox-page";
import { LoginPage } from "./pages/login-page";
import { Shell } from "./pages/shell";
import { DEMO_LOGINS, expectAccessible } from "./support/portal";

test("an undelivered e-mail is listed for the admin and can be tried again", async ({ page }) => {
  await new LoginPage(page).signIn(DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  await new Shell(page).openAdminSection("Verzending");
  const deliveries = new AdminOutboxPage(page);
  await expect(deliveries.heading).toBeVisible();
  const row = deliveries.row(FAILED_DELIVERY.recipient);
  await expect(row).toContainText("Uitnodiging");
  await expect(row).toContainText("8 pogingen: 550 mailbox unavailable");
  await expectAccessible(page);

  await deliveries.retry(FAILED_DELIVERY.recipient);
  await expect(deliveries.row(FAILED_DELIVERY.recipient)).toHaveCount(0);
  await expect(page.getByText("Alle e-mails en sms-berichten zijn afgeleverd.")).toBeVisible();
  await page.reload(); // not just the screen: the row is no longer failed in the database
  await expect(deliveries.row(FAILED_DELIVERY.recipient)).toHaveCount(0);
});
