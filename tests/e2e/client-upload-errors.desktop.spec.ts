// Bad attachments in the client's pop-up: each gets a clear, translated message by its name, nothing of it
// goes with the message, and the good file next to it still does.
import { closeSync, openSync, ftruncateSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { makePdf } from "../../lib/seed/pdf";
import { DossierPage } from "./pages/dossier-page";
import { readerFor } from "./support/data";
import { expectAccessible } from "./support/portal";

test("too large, empty, an .exe named .pdf, a name with ../ and accents, and 21 files at once", async ({ page }, testInfo) => {
  // A sparse file just over 1 GB: as large as the browser is told, without writing the bytes.
  const huge = testInfo.outputPath("Bouwtekening.pdf");
  const fd = openSync(huge, "w");
  ftruncateSync(fd, 1024 * 1024 * 1024 + 1);
  closeSync(fd);

  const dossier = new DossierPage(page);
  await dossier.signInToMessagesTab(readerFor(testInfo));
  const subject = `Stukken met fouten ${Date.now()}`;
  const compose = await dossier.startMessage();
  await compose.write(subject, "Zie de bijlagen.");
  const attach = await compose.addAttachments();

  await attach.fileInput.setInputFiles(huge);
  await attach.fileInput.setInputFiles([
    { name: "leeg.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) },
    { name: "factuur.pdf", mimeType: "application/pdf", buffer: Buffer.concat([Buffer.from("MZ\x90\x00", "latin1"), Buffer.alloc(2000)]) },
    { name: "../../etc/Akte.pdf", mimeType: "application/pdf", buffer: makePdf(["Akte"]) },
    { name: "Akte één ✓.pdf", mimeType: "application/pdf", buffer: makePdf(["Akte"]) },
  ]);
  const chosen = attach.selected;
  // Size and emptiness are known before anything is sent.
  await expect(chosen.getByText("Bouwtekening.pdf: Het bestand is groter dan 1 GB.")).toBeVisible();
  await expect(chosen.getByText("leeg.pdf: Het bestand is leeg.")).toBeVisible();
  // A name that tries to climb out of its folder is refused; accents and symbols are fine.
  await expect(chosen.getByText("../../etc/Akte.pdf: De bestandsnaam is ongeldig", { exact: false })).toBeVisible();
  await attach.upload("2 bestanden uploaden");
  // The server looks at the bytes: an executable is no PDF, whatever its name says.
  await expect(chosen.getByText("factuur.pdf: De inhoud van het bestand past niet bij het bestandstype.")).toBeVisible();
  const good = chosen.getByRole("listitem").filter({ hasText: "Akte één ✓.pdf" });
  await expect(good).toContainText("Geüpload en gecontroleerd");
  await expect(attach.retryButtons).toHaveCount(0); // retrying would not help
  await expectAccessible(page);
  await attach.done();

  const listed = compose.attachments;
  await expect(listed.getByRole("listitem")).toHaveCount(1);
  await expect(listed).toContainText("Akte één ✓.pdf");

  // At most 20 files go with one message: the 21st is refused with a message, not silently dropped.
  await compose.addAttachments();
  await attach.fileInput.setInputFiles(
    Array.from({ length: 21 }, (_, i) => ({
      name: `pagina-${i + 1}.pdf`,
      mimeType: "application/pdf",
      buffer: makePdf([`Pagina ${i + 1}`]),
    })),
  );
  await expect(attach.alert).toHaveText("U kunt maximaal 19 bestanden tegelijk toevoegen.");
  await expect(chosen.getByRole("listitem")).toHaveCount(19);
  // Klaar uploads the 19 chosen files first (issue 14: nothing chosen is dropped), so 20 go with the message.
  await attach.done();
  await expect(attach.root.getByText("De gekozen bestanden worden eerst geüpload…")).toBeVisible();
  await expect(listed.getByRole("listitem")).toHaveCount(20, { timeout: 60_000 });

  await compose.send();
  await expect(dossier.status("Uw bericht is verstuurd.")).toBeVisible();
  await dossier.openTab("Door mij aangeleverd");
  const supplied = dossier.documentRows.filter({ hasText: `Bij bericht: ${subject}` });
  await expect(supplied).toHaveCount(20);
  await expect(supplied.first()).toContainText("PDF");
});

test("an upload on its way can be stopped; nothing of it goes with the message", async ({ page }, testInfo) => {
  const dossier = new DossierPage(page);
  await dossier.signInToMessagesTab(readerFor(testInfo));
  const compose = await dossier.startMessage();
  const attach = await compose.addAttachments();
  // A slow store: the PUT hangs long enough to press stop.
  await page.route(
    (url) => url.searchParams.has("X-Amz-Signature"),
    async (route) => {
      if (route.request().method() === "PUT") await new Promise((resolve) => setTimeout(resolve, 5_000));
      await route.continue().catch(() => undefined); // the browser may have given up on it already
    },
  );
  await attach.fileInput.setInputFiles({ name: "Traag.pdf", mimeType: "application/pdf", buffer: makePdf(["Traag"]) });
  await attach.upload();
  await expect(attach.progress("Traag.pdf")).toBeVisible();
  await attach.stopButton("Traag.pdf").click();
  await expect(attach.status).toHaveText("Traag.pdf is verwijderd.");
  await expect(attach.selected).toHaveCount(0);
  await attach.done();
  await expect(compose.attachments).toHaveCount(0);
});
