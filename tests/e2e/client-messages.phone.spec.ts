// The manual's "Tabblad berichten" (docs/client-manual.md M-MSG) for clients, both versions: Nieuw bericht (laptop) or the plus next to
// Berichten (phone), attachments through the plus pop-up (blader, drag and drop, the green button), versturen;
// the office answers; the client reads the answer and replies with Beantwoorden.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { JPEG, openMessagesTab } from "./support/client-messages";
import { expectAccessible } from "./support/portal";

test("phone: the plus next to Berichten, a message with one photo", async ({ page }, testInfo) => {
  const subject = `Foto van de meterstand ${randomBytes(3).toString("hex")}`;
  await openMessagesTab(page, testInfo);

  // The plus sits right next to the heading "Berichten".
  const heading = page.getByRole("heading", { name: "Berichten", level: 2 });
  const plus = page.getByRole("button", { name: "Nieuw bericht" });
  const [h, p] = [await heading.boundingBox(), await plus.boundingBox()];
  expect(p!.width).toBeLessThan(60); // just the plus: its words are for screen readers
  expect(p!.x).toBeGreaterThan(h!.x + h!.width - 1);
  expect(Math.abs(p!.y + p!.height / 2 - (h!.y + h!.height / 2))).toBeLessThan(24);
  await plus.click();

  const compose = page.getByRole("dialog", { name: "Nieuw bericht" });
  await compose.getByLabel("Onderwerp", { exact: true }).fill(subject);
  await compose.getByLabel("Bericht", { exact: true }).fill("De meterstand op de dag van overdracht.");
  await compose.getByRole("button", { name: "Bijlage toevoegen" }).click();
  const attach = page.getByRole("dialog", { name: "Bijlagen toevoegen" });
  await attach.locator("input[type=file]").setInputFiles({ name: "meterstand.jpg", mimeType: "image/jpeg", buffer: JPEG });
  await attach.getByRole("button", { name: "Uploaden" }).click();
  await expect(attach.getByText("Geüpload en gecontroleerd", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await attach.getByRole("button", { name: "Klaar" }).click();
  await expect(compose.getByRole("list", { name: "Bijlagen" })).toContainText("meterstand.jpg");
  await compose.getByRole("button", { name: "Versturen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uw bericht is verstuurd." })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: subject })).toHaveCount(1);

  await page
    .getByRole("navigation", { name: "Onderdelen van het dossier" })
    .getByRole("link", { name: /^Door mij aangeleverd/ })
    .click();
  await expect(page.getByTestId("document-row").filter({ hasText: "meterstand" })).toContainText(`Bij bericht: ${subject}`);
});
