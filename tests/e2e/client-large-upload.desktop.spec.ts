// A large scan (60 MB) goes to storage in parts; a part that fails on the way is sent again on its own, and
// the file that arrives is exactly the one chosen (checksum compared after downloading it back).
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { DossierPage } from "./pages/dossier-page";
import { readerFor } from "./support/data";

const SIZE = 60 * 1024 * 1024;

test("a 60 MB file whose second part fails once still arrives intact", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  // A "PDF" of 60 MB with varied bytes, so a part in the wrong place would change the checksum.
  const body = Buffer.alloc(SIZE);
  body.write("%PDF-1.4\n", 0, "latin1");
  for (let offset = 4096; offset + 4 <= SIZE; offset += 4096) body.writeUInt32BE(offset, offset);
  const file = testInfo.outputPath("Grote scan.pdf");
  writeFileSync(file, body);
  const checksum = createHash("sha256").update(body).digest("hex");

  const dossier = new DossierPage(page);
  await dossier.signInToMessagesTab(readerFor(testInfo));
  // The store's answer to the first try of part 2 never arrives: the connection breaks.
  const partTwoTries: string[] = [];
  await page.route(
    (url) => url.searchParams.get("partNumber") === "2",
    async (route) => {
      if (route.request().method() !== "PUT") return route.continue();
      partTwoTries.push(route.request().url());
      if (partTwoTries.length === 1) return route.abort("connectionreset");
      return route.continue();
    },
  );

  const subject = `Grote scan ${Date.now()}`;
  const compose = await dossier.startMessage();
  await compose.write(subject, "De gescande akte, in één bestand.");
  const attach = await compose.addAttachments();
  await attach.fileInput.setInputFiles(file);
  await attach.upload();
  await expect(attach.progress("Grote scan.pdf")).toBeVisible();
  await expect(attach.uploaded).toBeVisible({ timeout: 120_000 });
  expect(partTwoTries.length).toBe(2);
  await attach.done();
  await compose.send();
  await expect(dossier.status("Uw bericht is verstuurd.")).toBeVisible();

  // Download it back from Door mij aangeleverd: the same bytes.
  await dossier.openTab("Door mij aangeleverd");
  const row = dossier.documentRows.filter({ hasText: `Bij bericht: ${subject}` });
  const href = (await row.getByRole("link", { name: /^Download / }).getAttribute("href"))!;
  const redirect = await page.request.get(href, { maxRedirects: 0 });
  const stored = await page.request.get(redirect.headers()["location"]!);
  expect(stored.status()).toBe(200);
  expect(
    createHash("sha256")
      .update(await stored.body())
      .digest("hex"),
  ).toBe(checksum);
});
