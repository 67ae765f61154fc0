import { expect, test } from "@playwright/test";
import { makePdf } from "../../lib/seed/pdf";
import { AdminDossierPage } from "./pages/admin-dossier-page";
import { AdminMessagesPage } from "./pages/admin-messages-page";
import { ConversationPage } from "./pages/conversation-page";
import { LoginPage } from "./pages/login-page";
import { Shell } from "./pages/shell";
import { DEMO_LOGINS, expectAccessible } from "./support/portal";
import { nl, plainStrings } from "./support/ui-strings";

// The demo seed: in dossier 2026-0042 the office wrote "Welkom in het klantenportaal" and the client answered.
const CLIENT_REPLY = "Re: Welkom in het klantenportaal";
const DOSSIER_LINK = "Dossier 2026-0042: Aankoop woning Kerkstraat 1, Voorbeeldstad";

test("staff open a client's conversation from the inbox, take it, reply, and find it answered in the inbox and the dossier", async ({
  page,
}) => {
  const answer = `Dank u wel. Wij zien het formulier graag tegemoet. (${Date.now().toString(36)})`;
  await new LoginPage(page).signIn(DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);

  await new Shell(page).openAdminSection("Berichten");
  const inbox = new AdminMessagesPage(page);
  await expect(inbox.heading).toBeVisible();
  // Open conversations (a client wrote last) come first: one row per conversation, with its state.
  await expect(inbox.openFilter).toHaveAttribute("aria-current", "page");
  const row = inbox.row(CLIENT_REPLY);
  await expect(row).toContainText("Ongelezen");
  await expect(row).toContainText("Jan Jansen");
  await expect(row).toContainText("2026-0042");
  await expect(row).toContainText("Aankoop woning Kerkstraat 1, Voorbeeldstad");
  await expect(row).toContainText("Open");
  await expectAccessible(page);

  // Search by dossier, client or subject.
  await inbox.searchFor("2026-0042");
  await expect(inbox.row(CLIENT_REPLY)).toHaveCount(1);
  await inbox.searchFor("bestaat-niet");
  await expect(page.getByText("Geen gesprekken gevonden die aan uw zoekopdracht voldoen.")).toBeVisible();
  await inbox.goto();

  await inbox.open(CLIENT_REPLY);
  const conversation = new ConversationPage(page);
  await expect(conversation.heading(CLIENT_REPLY)).toBeVisible();
  const articles = conversation.threadArticles;
  await expect(articles).toHaveCount(2);
  await expect(articles.first()).toContainText("Welkom in het klantenportaal");
  await expect(articles.first()).toContainText("Uitgaand");
  await expect(articles.last()).toContainText("Dank u wel, ik heb het formulier gevonden");
  await expect(articles.last()).toContainText("Inkomend");
  // Jan's answer to a message for the whole dossier is a conversation between him and the office; the message
  // it answers is shown first, marked. The reply below goes to him only.
  await expect(articles.first()).toContainText("Hierop is geantwoord");
  await expect(page.getByText("Tussen Jan Jansen en het kantoor").first()).toBeVisible();
  await expectAccessible(page);

  // Toegewezen aan: the staff member takes it; colleagues see who.
  await expect(page.getByText("Nog niet toegewezen")).toBeVisible();
  await page.getByRole("button", { name: "Aan mij toewijzen" }).click();
  await expect(page.getByText("Toegewezen aan: Sanne de Vries")).toBeVisible();
  await expect(page.getByRole("button", { name: "Toewijzing opheffen" })).toBeVisible();

  // Prefilled without stacking "Re: Re:"; an empty subject is refused by the server with the field's message (only the
  // subject is required, issue 14).
  await expect(conversation.subject).toHaveValue(CLIENT_REPLY);
  await conversation.subject.fill("");
  await conversation.sendButton.click();
  await expect(conversation.subject).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Dit veld is verplicht.")).toBeVisible();
  await conversation.subject.fill(CLIENT_REPLY);

  await conversation.reply(answer);
  await expect(conversation.status("Uw antwoord is verstuurd.")).toBeVisible();
  await expect(articles).toHaveCount(3);
  await expect(articles.last()).toContainText(answer);
  await expect(articles.last()).toContainText("Van Sanne de Vries");
  await expect(conversation.body).toHaveValue("");

  // Answered now: no longer among the open ones; read, taken by Sanne, one row of its messages.
  await conversation.backToInboxLink.click();
  await expect(inbox.row(CLIENT_REPLY)).toHaveCount(0);
  await inbox.answeredFilter.click();
  const answered = inbox.row(CLIENT_REPLY);
  await expect(answered).toHaveCount(1);
  await expect(answered).toContainText("Beantwoord");
  await expect(answered).toContainText("Sanne de Vries");
  await expect(answered).not.toContainText("Ongelezen");
  await expectAccessible(page);

  // The dossier's Berichten tab: one row per conversation, the answered one on top with the office's answer last.
  await inbox.open(CLIENT_REPLY);
  await conversation.dossierLink(DOSSIER_LINK).click();
  const dossier = new AdminDossierPage(page);
  await expect(dossier.tabHeading("Berichten")).toBeVisible();
  await expect(dossier.tabs.link("Berichten")).toHaveAttribute("aria-current", "page");
  const rows = dossier.rows;
  await expect(rows.nth(1)).toContainText(CLIENT_REPLY);
  await expect(rows.nth(1)).toContainText("Uitgaand");
  await expect(rows.nth(1)).toContainText("Jan Jansen, Sanne de Vries");
  await expect(rows.nth(1)).toContainText("2 berichten");
  // Each row says who its conversation is for.
  await expect(rows.nth(1)).toContainText("Tussen Jan Jansen en het kantoor");
  await expect(dossier.row(/^Welkom in het klantenportaal/)).toContainText("Uitgaand");
  await expect(dossier.row(/^Welkom in het klantenportaal/)).toContainText("Aan: alle cliënten van dit dossier");
  await expectAccessible(page);
});

test("staff start a new message from the dossier's Berichten tab", async ({ page }) => {
  const subject = `Conceptakte ${Date.now().toString(36)}`;
  await new LoginPage(page).signIn(DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  const inbox = new AdminMessagesPage(page);
  // Answered by the test above: among all conversations, not the open ones.
  await inbox.goto("all");
  await inbox.open(CLIENT_REPLY);
  await new ConversationPage(page).dossierLink(DOSSIER_LINK).click();

  const dossier = new AdminDossierPage(page);
  const compose = await dossier.startMessage();
  // Addressed to every client of the dossier, by name.
  await expect(compose.dialog.getByText(/^Aan: .*Jan Jansen/)).toBeVisible();
  await expectAccessible(page);
  await compose.send();
  await expect(compose.subject).toHaveAttribute("aria-invalid", "true");
  await expect(compose.body).not.toHaveAttribute("aria-invalid");

  await compose.write(subject, "Beste heer Jansen,\n\nDe conceptakte staat voor u klaar.");
  // An attachment as docs/client-manual.md M-ATT describes it: the plus (+) opens a pop-up, choose the file, upload it with
  // the green button; the file is then shown under the message; then send.
  const attach = await compose.addAttachments();
  await attach.fileInput.setInputFiles({
    name: "Conceptakte.pdf",
    mimeType: "application/pdf",
    buffer: makePdf(["Conceptakte", "Dossier 2026-0042"]),
  });
  await attach.upload();
  await expect(attach.uploaded).toBeVisible();
  await attach.done();
  await expect(attach.root).toBeHidden();
  await expect(compose.attachments).toContainText("Conceptakte.pdf");
  await compose.send();
  await expect(compose.dialog).toBeHidden();
  await expect(dossier.status("Uw bericht is verstuurd.")).toBeVisible();
  await expect(dossier.rows.nth(1)).toContainText(subject);

  await dossier.messageLink(subject).click();
  const conversation = new ConversationPage(page);
  await expect(conversation.heading(subject)).toBeVisible();
  await expect(conversation.articles).toContainText("De conceptakte staat voor u klaar.");
  const attachment = conversation.attachment(/Conceptakte/);
  await expect(attachment).toContainText("Conceptakte.pdf");
  await expect(attachment).toHaveAttribute("href", /^\/api\/documents\/[0-9a-f-]{36}\/download$/);
  await expectAccessible(page);
});

test("another office's or a malformed message id is a 404", async ({ page }) => {
  await new LoginPage(page).signIn(DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
    const response = await page.goto(`/admin/messages/${id}`);
    expect(response?.status()).toBe(404);
  }
});

test("the office inbox ships the staff frame's UI strings, not those of the other /admin pages' forms (issue 12)", async ({ page }) => {
  await new LoginPage(page).signIn(DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  // All conversations, narrowed to the demo's welcome (answered or not by the other tests of this file).
  const html = await (await page.request.get("/admin/messages?filter=all&q=klantenportaal")).text();
  const rendered = new Set(plainStrings(nl, (name) => ["common", "nav", "admin", "admin_messages", "search", "pagination"].includes(name)));
  const otherPages = plainStrings(nl, (name) =>
    [
      "admin_settings",
      "admin_staff",
      "admin_outbox",
      "admin_clients",
      "account_two_factor",
      "recovery_actions",
      "uploads",
      "files",
    ].includes(name),
  ).filter((text) => !rendered.has(text));
  expect(otherPages.length).toBeGreaterThan(10);
  expect(otherPages.filter((text) => html.includes(text))).toEqual([]);
  // The page itself is all there, rendered on the server.
  expect(html).toContain(CLIENT_REPLY);
});
