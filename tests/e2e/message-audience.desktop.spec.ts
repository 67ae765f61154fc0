// Who a conversation reaches (issue 11, docs/authorization.md "Message audience"), seen in the browser: a staff
// answer to one client's message stays between that client and the office (the co-client neither sees it in
// Berichten nor counts it, and its address is a 404 for them); staff choose the recipients of a new message.
// In the demo dossier 2026-0042 the reader of this project (Lotte Lezer) and Jan Jansen are co-clients.
import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { CLIENT_SIDE } from "../../scripts/lib/e2e-fixtures.mts";
import { AdminDossierPage } from "./pages/admin-dossier-page";
import { AdminMessagesPage } from "./pages/admin-messages-page";
import { ConversationPage } from "./pages/conversation-page";
import { DossierPage } from "./pages/dossier-page";
import { LoginPage } from "./pages/login-page";
import { readerFor } from "./support/data";
import { DEMO_LOGINS, expectAccessible } from "./support/portal";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: "nl-NL" });
  const page = await context.newPage();
  await new LoginPage(page).signInFresh(email);
  return page;
}

test("a staff answer to a client's message reaches that client, not the co-client", async ({ page, browser }, testInfo) => {
  const subject = `Alleen voor mij ${randomBytes(3).toString("hex")}`;

  // The reader writes to the office.
  const dossier = new DossierPage(page);
  await dossier.signInToMessagesTab(readerFor(testInfo));
  const compose = await dossier.startMessage();
  await compose.write(subject, "Dit is persoonlijk.");
  await compose.send();
  await expect(dossier.status("Uw bericht is verstuurd.")).toBeVisible();

  // The co-client, before the answer: what their Berichten tab counts now.
  const coClient = await signedIn(browser, DEMO_LOGINS.client);
  const staff = await signedIn(browser, DEMO_LOGINS.staff);
  try {
    const coClientDossier = new DossierPage(coClient);
    await coClientDossier.openMessagesTab();
    await expect(coClientDossier.row(subject)).toHaveCount(0);
    const unreadBefore = await coClientDossier.unreadCount("Berichten");

    // Staff see who the conversation is between, and answer it.
    const inbox = new AdminMessagesPage(staff);
    await inbox.goto();
    await expect(inbox.row(subject)).toContainText("Tussen Lotte Lezer en het kantoor");
    await inbox.open(subject);
    const conversation = new ConversationPage(staff);
    await expect(conversation.heading(subject)).toBeVisible();
    await expect(staff.getByText("Tussen Lotte Lezer en het kantoor").first()).toBeVisible();
    await conversation.reply("Wij nemen contact met u op.");
    await expect(conversation.article("Wij nemen contact met u op.")).toBeVisible();
    await expectAccessible(staff);

    // The reader has the answer, unread.
    await dossier.openTab("Berichten");
    await expect(dossier.row(subject)).toContainText("Ongelezen");
    // The row opens the conversation at its newest message: the office's answer.
    const answerHref = await dossier.messageLink(subject).getAttribute("href");
    expect(answerHref).toMatch(/^\/messages\/[0-9a-f-]{36}$/);

    // The co-client: nothing in Berichten, the same count, and the answer's address is not found.
    await coClientDossier.openMessagesTab();
    await expect(coClientDossier.row(subject)).toHaveCount(0);
    expect(await coClientDossier.unreadCount("Berichten")).toBe(unreadBefore);
    const response = await coClient.goto(answerHref!);
    expect(response?.status()).toBe(404);
    await expect(coClient.getByText("Wij nemen contact met u op.")).toHaveCount(0);
  } finally {
    await Promise.all([coClient.context().close(), staff.context().close()]);
  }
});

test("staff send a new message to the clients they choose; the others do not get it", async ({ page, browser }) => {
  const subject = `Voor Lotte ${randomBytes(3).toString("hex")}`;
  await new LoginPage(page).signInFresh(DEMO_LOGINS.staff);
  const staffDossier = new AdminDossierPage(page);
  await staffDossier.open("2026-0042", "Berichten");

  const compose = await staffDossier.startMessage();
  await expect(compose.audience("Alle cliënten van dit dossier")).toBeChecked();
  await compose.audience("Alleen de cliënten die ik kies").check();
  await compose.write(subject, "Alleen voor u.");
  // None chosen: refused with the field's message, nothing sent.
  await compose.send();
  await expect(compose.dialog.getByText("Kies ten minste één cliënt.")).toBeVisible();
  await compose.recipient("Lotte Lezer").check();
  await expectAccessible(page);
  await compose.send();
  await expect(compose.dialog).toBeHidden();
  await expect(staffDossier.row(subject)).toContainText("Aan: Lotte Lezer");

  const [reader, coClient] = await Promise.all([
    signedIn(browser, CLIENT_SIDE.readerByProject.desktop),
    signedIn(browser, DEMO_LOGINS.client),
  ]);
  try {
    const readerDossier = new DossierPage(reader);
    await readerDossier.openMessagesTab();
    await expect(readerDossier.row(subject)).toContainText("Ongelezen");
    const coClientDossier = new DossierPage(coClient);
    await coClientDossier.openMessagesTab();
    await expect(coClientDossier.row(subject)).toHaveCount(0);
  } finally {
    await Promise.all([reader.context().close(), coClient.context().close()]);
  }
});
