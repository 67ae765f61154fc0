// The manual's "Tabblad berichten" (docs/client-manual.md M-MSG) for clients, both versions: Nieuw bericht (laptop) or the plus next to
// Berichten (phone), attachments through the plus pop-up (blader, drag and drop, the green button), versturen;
// the office answers; the client reads the answer and replies with Beantwoorden.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { DossierPage } from "./pages/dossier-page";
import { JPEG, readerFor } from "./support/data";
import { expectAccessible } from "./support/portal";

test("phone: the plus next to Berichten, a message with one photo", async ({ page }, testInfo) => {
  const subject = `Foto van de meterstand ${randomBytes(3).toString("hex")}`;
  const dossier = new DossierPage(page);
  await dossier.signInToMessagesTab(readerFor(testInfo));

  // The plus sits right next to the heading "Berichten".
  const heading = dossier.tabHeading("Berichten");
  const plus = dossier.newMessageButton;
  const [h, p] = [await heading.boundingBox(), await plus.boundingBox()];
  expect(p!.width).toBeLessThan(60); // just the plus: its words are for screen readers
  expect(p!.x).toBeGreaterThan(h!.x + h!.width - 1);
  expect(Math.abs(p!.y + p!.height / 2 - (h!.y + h!.height / 2))).toBeLessThan(24);

  const compose = await dossier.startMessage();
  await compose.write(subject, "De meterstand op de dag van overdracht.");
  const attach = await compose.addAttachments();
  await attach.fileInput.setInputFiles({ name: "meterstand.jpg", mimeType: "image/jpeg", buffer: JPEG });
  await attach.upload();
  await expect(attach.uploaded).toBeVisible();
  await expectAccessible(page);
  await attach.done();
  await expect(compose.attachments).toContainText("meterstand.jpg");
  await compose.send();
  await expect(dossier.status("Uw bericht is verstuurd.")).toBeVisible();
  await expect(dossier.row(subject)).toHaveCount(1);

  await dossier.openTab("Door mij aangeleverd");
  await expect(dossier.documentRows.filter({ hasText: "meterstand" })).toContainText(`Bij bericht: ${subject}`);
});
