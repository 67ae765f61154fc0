// The manual's "Tabblad berichten" (docs/client-manual.md M-MSG) for clients, both versions: Nieuw bericht (laptop) or the plus next to
// Berichten (phone), attachments through the plus pop-up (blader, drag and drop, the green button), versturen;
// the office answers; the client reads the answer and replies with Beantwoorden.
import { randomBytes } from "node:crypto";
import { expect, test, type FileChooser } from "@playwright/test";
import { makePdf } from "../../lib/seed/pdf";
import { AdminMessagesPage } from "./pages/admin-messages-page";
import { AttachmentDialog } from "./pages/attachment-dialog";
import { ComposeDialog } from "./pages/compose-dialog";
import { ConversationPage } from "./pages/conversation-page";
import { DossierPage, DossiersPage } from "./pages/dossier-page";
import { LoginPage } from "./pages/login-page";
import { Shell } from "./pages/shell";
import { readerFor } from "./support/data";
import { DEMO_LOGINS, expectAccessible } from "./support/portal";

test("desktop: Nieuw bericht with attachments by blader and drag and drop, the office answers, Beantwoorden", async ({
  page,
  browser,
}, testInfo) => {
  const subject = `Stukken voor de akte ${randomBytes(3).toString("hex")}`;
  const dossier = new DossierPage(page);
  await dossier.signInToMessagesTab(readerFor(testInfo));

  const compose = await dossier.startMessage();
  await expectAccessible(page);
  // The subject is required: a translated error by the field, nothing sent.
  await compose.body.fill("Hierbij de gevraagde stukken.");
  await compose.send();
  await expect(compose.subject).toHaveAttribute("aria-invalid", "true");
  await expect(compose.dialog.getByText("Dit veld is verplicht.")).toBeVisible();
  await compose.subject.fill(subject);

  // The plus opens the pop-up: two files through blader, one dragged onto it.
  const attach = await compose.addAttachments();
  await attach.browse([
    { name: "Paspoort Lotte.pdf", mimeType: "application/pdf", buffer: makePdf(["Paspoort"]) },
    { name: "Koopovereenkomst.pdf", mimeType: "application/pdf", buffer: makePdf(["Koopovereenkomst"]) },
  ]);
  await attach.drop([{ name: "Notitie.txt", type: "text/plain", text: "Per abuis toegevoegd." }]);
  await expect(attach.selected.getByRole("listitem")).toHaveCount(3);
  await expectAccessible(page);
  // Remove the dropped one before uploading.
  await attach.removeButton("Notitie.txt").click();
  await expect(attach.selected.getByRole("listitem")).toHaveCount(2);

  // Slow the storage down a little so the progress bars can be seen.
  await page.route(
    (url) => url.searchParams.has("X-Amz-Signature"),
    async (route) => {
      if (route.request().method() === "PUT") await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    },
  );
  await attach.upload("2 bestanden uploaden");
  await expect(attach.progress("Paspoort Lotte.pdf")).toBeVisible();
  await expect(attach.uploaded).toHaveCount(2);
  await page.unroute((url) => url.searchParams.has("X-Amz-Signature"));
  await attach.done();

  // Shown under the message, removable; then versturen.
  await expect(compose.attachments.getByRole("listitem")).toHaveCount(2);
  await expect(compose.attachments).toContainText("Paspoort Lotte.pdf");
  await expect(compose.attachments.getByRole("button", { name: "Koopovereenkomst.pdf verwijderen" })).toBeVisible();
  await compose.send();
  await expect(compose.dialog).toBeHidden();
  await expect(dossier.status("Uw bericht is verstuurd.")).toBeVisible();
  const row = dossier.row(subject);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Uitgaand");

  // The files are now what the client supplied, with the message they came with.
  await dossier.openTab("Door mij aangeleverd");
  for (const title of ["Paspoort Lotte", "Koopovereenkomst"]) {
    await expect(dossier.document(title)).toContainText(`Bij bericht: ${subject}`);
  }

  // The office reads it and answers.
  const staffContext = await browser.newContext({ locale: "nl-NL" });
  try {
    const staff = await staffContext.newPage();
    await new LoginPage(staff).signInFresh(DEMO_LOGINS.staff);
    await expect(staff).toHaveURL(/\/admin$/);
    const inbox = new AdminMessagesPage(staff);
    await inbox.goto();
    await inbox.open(subject);
    const conversation = new ConversationPage(staff);
    await expect(conversation.attachment(/Paspoort Lotte/)).toBeVisible();
    await conversation.reply("Dank u wel, wij hebben de stukken ontvangen.");
    await expect(conversation.article("wij hebben de stukken ontvangen")).toBeVisible();
  } finally {
    await staffContext.close();
  }

  // The client sees the conversation with the answer unread (one row, two messages), opens it, and answers with
  // Beantwoorden.
  await dossier.openTab("Berichten");
  const answer = dossier.row(subject);
  await expect(answer).toHaveCount(1);
  await expect(answer).toContainText("Ongelezen");
  await expect(answer).toContainText("Inkomend");
  await expect(answer).toContainText("2 berichten");
  await dossier.messageLink(subject).click();
  await expect(page.getByText("Dank u wel, wij hebben de stukken ontvangen.")).toBeVisible();
  const conversation = new ConversationPage(page);
  await conversation.replyButton.click();
  await expect(conversation.subject).toHaveValue(`Re: ${subject}`);
  await conversation.body.fill("Fijn, dank u.");
  await expectAccessible(page);
  await conversation.sendButton.click();
  await expect(conversation.status("Uw antwoord is verstuurd.")).toBeVisible();
  await expect(conversation.articles).toHaveCount(3);
  // Opened by the office: the client's first message says so.
  await expect(conversation.articles.first()).toContainText("Gelezen door het kantoor");
  await new Shell(page).menu().getByRole("link", { name: "Dossiers" }).click();
  await new DossiersPage(page).open();
  await dossier.openTab("Berichten");
  await expect(dossier.row(subject)).toHaveCount(1);
  await expect(dossier.row(subject)).toContainText("3 berichten");
  await expect(dossier.row(subject).filter({ hasText: "Ongelezen" })).toHaveCount(0);
});

test("by keyboard alone, with progress and the result announced to screen readers", async ({ page }, testInfo) => {
  const subject = `Met het toetsenbord ${randomBytes(3).toString("hex")}`;
  // Listening from the start lets Playwright catch the file picker however quickly it opens.
  const choosers: FileChooser[] = [];
  page.on("filechooser", (chooser) => choosers.push(chooser));
  const dossier = new DossierPage(page);
  await dossier.signInToMessagesTab(readerFor(testInfo));
  const newMessage = dossier.newMessageButton;
  await expect(newMessage).toHaveAttribute("aria-haspopup", "dialog");
  await newMessage.focus();
  await page.keyboard.press("Enter");
  const compose = new ComposeDialog(page);
  // The dialog (loaded when it is first opened) takes the focus on its close button; closed, the focus goes back.
  await expect(compose.closeButton).toBeFocused();
  // (The modal hides the rest of the page from assistive technology meanwhile.)
  await expect(page.getByRole("button", { name: "Nieuw bericht", includeHidden: true })).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Escape");
  await expect(compose.dialog).toBeHidden();
  await expect(newMessage).toBeFocused();
  await expect(newMessage).toHaveAttribute("aria-expanded", "false");
  await page.keyboard.press("Enter");
  await expect(compose.closeButton).toBeFocused();
  await compose.subject.focus();
  await page.keyboard.type(subject);
  await page.keyboard.press("Tab");
  await expect(compose.body).toBeFocused();
  await page.keyboard.type("Verstuurd zonder muis.");
  await page.keyboard.press("Tab");
  await expect(compose.addAttachmentButton).toBeFocused();
  await page.keyboard.press("Enter");

  const attach = new AttachmentDialog(page);
  await expect(attach.closeButton).toBeFocused();
  // The drop zone's real button opens the file picker.
  await page.keyboard.press("Tab");
  await expect(attach.browseButton).toBeFocused();
  await page.keyboard.press("Enter");
  await expect.poll(() => choosers.length).toBe(1);
  await choosers[0]!.setFiles({ name: "Akte.pdf", mimeType: "application/pdf", buffer: makePdf(["Akte"]) });
  await attach.uploadButton().focus();
  await page.keyboard.press("Enter");
  await expect(attach.status).toHaveText("Akte.pdf is geüpload en gecontroleerd.");
  await page.keyboard.press("Escape"); // closing the pop-up keeps the uploaded file for the message
  await expect(attach.root).toBeHidden();
  await expect(compose.attachments).toContainText("Akte.pdf");
  await compose.sendButton.focus();
  await page.keyboard.press("Enter");
  await expect(dossier.status("Uw bericht is verstuurd.")).toBeVisible();
  await expect(dossier.row(subject)).toContainText("1 bijlage");
});

test("Klaar with a chosen file not yet uploaded uploads it first, and a subject with only an attachment is sent (issue 14)", async ({
  page,
}, testInfo) => {
  const subject = `Alleen een bijlage ${randomBytes(3).toString("hex")}`;
  const dossier = new DossierPage(page);
  await dossier.signInToMessagesTab(readerFor(testInfo));
  const compose = await dossier.startMessage();
  await compose.subject.fill(subject);

  const attach = await compose.addAttachments();
  await attach.browse([{ name: "Loonstrook.pdf", mimeType: "application/pdf", buffer: makePdf(["Loonstrook"]) }]);
  await expect(attach.selected.getByRole("listitem")).toHaveCount(1);
  // Straight to Klaar, without the green button: the file is uploaded first, then the pop-up closes.
  await attach.done();
  await expect(attach.root).toBeHidden();
  await expect(compose.attachments.getByText("Loonstrook.pdf")).toBeVisible();

  // No text: only the subject is required.
  await compose.send();
  await expect(compose.dialog).toBeHidden();
  await expect(dossier.messageLink(subject)).toBeVisible();
  await dossier.messageLink(subject).click();
  await expect(new ConversationPage(page).attachment("Loonstrook.pdf")).toBeVisible();
});

test("closing Nieuw bericht with a typed text asks 'Concept verwijderen?'; a kept draft comes back, a deleted one not (issue 14)", async ({
  page,
}, testInfo) => {
  const dossier = new DossierPage(page);
  await dossier.signInToMessagesTab(readerFor(testInfo));
  let compose = await dossier.startMessage();
  await compose.write("Vraag over de levering", "Kan de sleuteloverdracht een week later?");

  // Escape does not throw the text away: it asks.
  await page.keyboard.press("Escape");
  const question = compose.dialog.getByRole("alertdialog", { name: "Concept verwijderen?" });
  await expect(question).toBeVisible();
  await expectAccessible(page);
  await question.getByRole("button", { name: "Verder schrijven" }).click();
  await expect(question).toBeHidden();
  await expect(compose.body).toHaveValue("Kan de sleuteloverdracht een week later?");

  // Kept: closed, and back when Nieuw bericht is opened again, also after visiting another tab.
  await compose.closeButton.click();
  await question.getByRole("button", { name: "Bewaren en sluiten" }).click();
  await expect(compose.dialog).toBeHidden();
  await dossier.openTab("Documenten");
  await dossier.openTab("Berichten");
  compose = await dossier.startMessage();
  await expect(compose.subject).toHaveValue("Vraag over de levering");
  await expect(compose.body).toHaveValue("Kan de sleuteloverdracht een week later?");

  // Deleted: the next Nieuw bericht starts empty, and an empty one closes without asking.
  await page.keyboard.press("Escape");
  await question.getByRole("button", { name: "Concept verwijderen" }).click();
  await expect(compose.dialog).toBeHidden();
  compose = await dossier.startMessage();
  await expect(compose.subject).toHaveValue("");
  await expect(compose.body).toHaveValue("");
  await page.keyboard.press("Escape");
  await expect(compose.dialog).toBeHidden();
});

test("an answer being written under Beantwoorden is still there after moving to another tab and back (issue 14)", async ({
  page,
}, testInfo) => {
  const dossier = new DossierPage(page);
  await dossier.signInToMessagesTab(readerFor(testInfo));
  const firstMessage = dossier.rows.getByRole("link").first();
  const subject = (await firstMessage.textContent())!.trim();
  await firstMessage.click();
  const conversation = new ConversationPage(page);
  await conversation.replyButton.click();
  await conversation.body.fill("Ik kom graag op dinsdag.");

  await page.goBack();
  await dossier.openTab("Documenten");
  await dossier.openTab("Berichten");
  await dossier.messageLink(subject).click();
  await expect(conversation.body).toHaveValue("Ik kom graag op dinsdag.");
  await expect(conversation.subject).toHaveValue(`Re: ${subject.replace(/^Re: /, "")}`);

  // Sent, it is no longer a draft: the next visit shows Beantwoorden, closed.
  await conversation.sendButton.click();
  await expect(conversation.status("Uw antwoord is verstuurd.")).toBeVisible();
  await page.goBack();
  await dossier.messageLink(subject).click();
  await expect(conversation.replyButton).toBeVisible();
  await expect(conversation.body).toBeHidden();
});
