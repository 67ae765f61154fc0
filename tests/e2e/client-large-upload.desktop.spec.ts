// A large scan (60 MB) goes to storage in parts; a part that fails on the way is sent again on its own, and
// the file that arrives is exactly the one chosen (checksum compared after downloading it back).
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { openMessagesTab } from "./support/client-messages";

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

  await openMessagesTab(page, testInfo);
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
  await page.getByRole("button", { name: "Nieuw bericht" }).click();
  const compose = page.getByRole("dialog", { name: "Nieuw bericht" });
  await compose.getByLabel("Onderwerp", { exact: true }).fill(subject);
  await compose.getByLabel("Bericht", { exact: true }).fill("De gescande akte, in één bestand.");
  await compose.getByRole("button", { name: "Bijlage toevoegen" }).click();
  const attach = page.getByRole("dialog", { name: "Bijlagen toevoegen" });
  await attach.locator("input[type=file]").setInputFiles(file);
  await attach.getByRole("button", { name: "Uploaden" }).click();
  await expect(attach.getByRole("progressbar", { name: "Voortgang van Grote scan.pdf" })).toBeVisible();
  await expect(attach.getByText("Geüpload en gecontroleerd", { exact: true })).toBeVisible({ timeout: 120_000 });
  expect(partTwoTries.length).toBe(2);
  await attach.getByRole("button", { name: "Klaar" }).click();
  await compose.getByRole("button", { name: "Versturen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uw bericht is verstuurd." })).toBeVisible();

  // Download it back from Door mij aangeleverd: the same bytes.
  await page
    .getByRole("navigation", { name: "Onderdelen van het dossier" })
    .getByRole("link", { name: /^Door mij aangeleverd/ })
    .click();
  const row = page.getByTestId("document-row").filter({ hasText: `Bij bericht: ${subject}` });
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
