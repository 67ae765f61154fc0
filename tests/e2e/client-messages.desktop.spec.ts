// The manual's "Tabblad berichten" (docs/client-manual.md M-MSG) for clients, both versions: Nieuw bericht (laptop) or the plus next to
// Berichten (phone), attachments through the plus pop-up (blader, drag and drop, the green button), versturen;
// the office answers; the client reads the answer and replies with Beantwoorden.
import { randomBytes } from "node:crypto";
import { expect, test, type FileChooser } from "@playwright/test";
import { makePdf } from "../../lib/seed/pdf";
import { dropFiles, openMessagesTab, signInFresh } from "./support/client-messages";
import { DEMO_LOGINS, expectAccessible } from "./support/portal";

test("desktop: Nieuw bericht with attachments by blader and drag and drop, the office answers, Beantwoorden", async ({
  page,
  browser,
}, testInfo) => {
  const subject = `Stukken voor de akte ${randomBytes(3).toString("hex")}`;
  await openMessagesTab(page, testInfo);

  await page.getByRole("button", { name: "Nieuw bericht" }).click();
  const compose = page.getByRole("dialog", { name: "Nieuw bericht" });
  await expectAccessible(page);
  // The subject is required: a translated error by the field, nothing sent.
  await compose.getByLabel("Bericht", { exact: true }).fill("Hierbij de gevraagde stukken.");
  await compose.getByRole("button", { name: "Versturen" }).click();
  await expect(compose.getByLabel("Onderwerp", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(compose.getByText("Dit veld is verplicht.")).toBeVisible();
  await compose.getByLabel("Onderwerp", { exact: true }).fill(subject);

  // The plus opens the pop-up: two files through blader, one dragged onto it.
  await compose.getByRole("button", { name: "Bijlage toevoegen" }).click();
  const attach = page.getByRole("dialog", { name: "Bijlagen toevoegen" });
  const chooser = page.waitForEvent("filechooser");
  await attach.getByRole("button", { name: "blader" }).click();
  await (
    await chooser
  ).setFiles([
    { name: "Paspoort Lotte.pdf", mimeType: "application/pdf", buffer: makePdf(["Paspoort"]) },
    { name: "Koopovereenkomst.pdf", mimeType: "application/pdf", buffer: makePdf(["Koopovereenkomst"]) },
  ]);
  await dropFiles(attach.getByText("Sleep bestanden naar dit vak").locator(".."), [
    { name: "Notitie.txt", type: "text/plain", text: "Per abuis toegevoegd." },
  ]);
  const chosen = attach.getByRole("list", { name: "Geselecteerde bestanden" });
  await expect(chosen.getByRole("listitem")).toHaveCount(3);
  await expectAccessible(page);
  // Remove the dropped one before uploading.
  await chosen.getByRole("button", { name: "Notitie.txt verwijderen" }).click();
  await expect(chosen.getByRole("listitem")).toHaveCount(2);

  // Slow the storage down a little so the progress bars can be seen.
  await page.route(
    (url) => url.searchParams.has("X-Amz-Signature"),
    async (route) => {
      if (route.request().method() === "PUT") await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    },
  );
  await attach.getByRole("button", { name: "2 bestanden uploaden" }).click();
  await expect(attach.getByRole("progressbar", { name: "Voortgang van Paspoort Lotte.pdf" })).toBeVisible();
  await expect(attach.getByText("Geüpload en gecontroleerd", { exact: true })).toHaveCount(2);
  await page.unroute((url) => url.searchParams.has("X-Amz-Signature"));
  await attach.getByRole("button", { name: "Klaar" }).click();

  // Shown under the message, removable; then versturen.
  const listed = compose.getByRole("list", { name: "Bijlagen" });
  await expect(listed.getByRole("listitem")).toHaveCount(2);
  await expect(listed).toContainText("Paspoort Lotte.pdf");
  await expect(listed.getByRole("button", { name: "Koopovereenkomst.pdf verwijderen" })).toBeVisible();
  await compose.getByRole("button", { name: "Versturen" }).click();
  await expect(compose).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "Uw bericht is verstuurd." })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: subject });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Uitgaand");

  // The files are now what the client supplied, with the message they came with.
  await page
    .getByRole("navigation", { name: "Onderdelen van het dossier" })
    .getByRole("link", { name: /^Door mij aangeleverd/ })
    .click();
  for (const title of ["Paspoort Lotte", "Koopovereenkomst"]) {
    const supplied = page.getByTestId("document-row").filter({ has: page.getByRole("heading", { name: title }) });
    await expect(supplied).toContainText(`Bij bericht: ${subject}`);
  }

  // The office reads it and answers.
  const staffContext = await browser.newContext({ locale: "nl-NL" });
  try {
    const staff = await staffContext.newPage();
    await signInFresh(staff, DEMO_LOGINS.staff);
    await expect(staff).toHaveURL(/\/admin$/);
    await staff.goto("/admin/messages");
    await staff.getByRole("link", { name: subject }).click();
    await expect(staff.getByRole("article").getByRole("link", { name: /Paspoort Lotte/ })).toBeVisible();
    await staff.getByLabel("Bericht", { exact: true }).fill("Dank u wel, wij hebben de stukken ontvangen.");
    await staff.getByRole("button", { name: "Versturen" }).click();
    await expect(staff.getByRole("article").filter({ hasText: "wij hebben de stukken ontvangen" })).toBeVisible();
  } finally {
    await staffContext.close();
  }

  // The client sees the answer unread, opens it, and answers with Beantwoorden.
  await page
    .getByRole("navigation", { name: "Onderdelen van het dossier" })
    .getByRole("link", { name: /^Berichten/ })
    .click();
  const answer = page.getByRole("row").filter({ hasText: `Re: ${subject}` });
  await expect(answer).toContainText("Ongelezen");
  await expect(answer).toContainText("Inkomend");
  await answer.getByRole("link", { name: `Re: ${subject}` }).click();
  await expect(page.getByText("Dank u wel, wij hebben de stukken ontvangen.")).toBeVisible();
  await page.getByRole("button", { name: "Beantwoorden" }).click();
  await expect(page.getByLabel("Onderwerp", { exact: true })).toHaveValue(`Re: ${subject}`);
  await page.getByLabel("Bericht", { exact: true }).fill("Fijn, dank u.");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Versturen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uw antwoord is verstuurd." })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(3);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).filter({ visible: true }).getByRole("link", { name: "Dossiers" }).click();
  await page.getByRole("link", { name: /Aankoop woning Kerkstraat 1/ }).click();
  await page
    .getByRole("navigation", { name: "Onderdelen van het dossier" })
    .getByRole("link", { name: /^Berichten/ })
    .click();
  await expect(
    page
      .getByRole("row")
      .filter({ hasText: `Re: ${subject}` })
      .filter({ hasText: "Ongelezen" }),
  ).toHaveCount(0);
});

test("by keyboard alone, with progress and the result announced to screen readers", async ({ page }, testInfo) => {
  const subject = `Met het toetsenbord ${randomBytes(3).toString("hex")}`;
  // Listening from the start lets Playwright catch the file picker however quickly it opens.
  const choosers: FileChooser[] = [];
  page.on("filechooser", (chooser) => choosers.push(chooser));
  await openMessagesTab(page, testInfo);
  const newMessage = page.getByRole("button", { name: "Nieuw bericht" });
  await expect(newMessage).toHaveAttribute("aria-haspopup", "dialog");
  await newMessage.focus();
  await page.keyboard.press("Enter");
  const compose = page.getByRole("dialog", { name: "Nieuw bericht" });
  // The dialog (loaded when it is first opened) takes the focus on its close button; closed, the focus goes back.
  await expect(compose.getByRole("button", { name: "Sluiten" })).toBeFocused();
  // (The modal hides the rest of the page from assistive technology meanwhile.)
  await expect(page.getByRole("button", { name: "Nieuw bericht", includeHidden: true })).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Escape");
  await expect(compose).toBeHidden();
  await expect(newMessage).toBeFocused();
  await expect(newMessage).toHaveAttribute("aria-expanded", "false");
  await page.keyboard.press("Enter");
  await expect(compose.getByRole("button", { name: "Sluiten" })).toBeFocused();
  await compose.getByLabel("Onderwerp", { exact: true }).focus();
  await page.keyboard.type(subject);
  await page.keyboard.press("Tab");
  await expect(compose.getByLabel("Bericht", { exact: true })).toBeFocused();
  await page.keyboard.type("Verstuurd zonder muis.");
  await page.keyboard.press("Tab");
  await expect(compose.getByRole("button", { name: "Bijlage toevoegen" })).toBeFocused();
  await page.keyboard.press("Enter");

  const attach = page.getByRole("dialog", { name: "Bijlagen toevoegen" });
  await expect(attach.getByRole("button", { name: "Sluiten" })).toBeFocused();
  // The drop zone's real button opens the file picker.
  await page.keyboard.press("Tab");
  await expect(attach.getByRole("button", { name: "blader" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect.poll(() => choosers.length).toBe(1);
  await choosers[0]!.setFiles({ name: "Akte.pdf", mimeType: "application/pdf", buffer: makePdf(["Akte"]) });
  await attach.getByRole("button", { name: "Uploaden" }).focus();
  await page.keyboard.press("Enter");
  await expect(attach.getByRole("status")).toHaveText("Akte.pdf is geüpload en gecontroleerd.");
  await page.keyboard.press("Escape"); // closing the pop-up keeps the uploaded file for the message
  await expect(attach).toBeHidden();
  await expect(compose.getByRole("list", { name: "Bijlagen" })).toContainText("Akte.pdf");
  await compose.getByRole("button", { name: "Versturen" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Uw bericht is verstuurd." })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: subject })).toContainText("1 bijlage");
});
