// Who a conversation reaches (issue 11, docs/authorization.md "Message audience"), seen in the browser: a staff
// answer to one client's message stays between that client and the office (the co-client neither sees it in
// Berichten nor counts it, and its address is a 404 for them); staff choose the recipients of a new message.
// In the demo dossier 2026-0042 the reader of this project (Lotte Lezer) and Jan Jansen are co-clients.
import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { CLIENT_SIDE } from "../../scripts/lib/e2e-fixtures.mts";
import { openMessagesTab, signInFresh } from "./support/client-messages";
import { DEMO_LOGINS, expectAccessible } from "./support/portal";

const DOSSIER = /Aankoop woning Kerkstraat 1/;

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: "nl-NL" });
  const page = await context.newPage();
  await signInFresh(page, email);
  return page;
}

/** The co-client's Berichten tab of the demo dossier, freshly loaded. */
async function openCoClientMessages(page: Page): Promise<void> {
  await page.goto("/dossiers");
  await page.getByRole("link", { name: DOSSIER }).click();
  await page
    .getByRole("navigation", { name: "Onderdelen van het dossier" })
    .getByRole("link", { name: /^Berichten/ })
    .click();
  await expect(page.getByRole("heading", { name: "Berichten", level: 2 })).toBeVisible();
}

/** The number on the Berichten tab ("2 ongelezen" for a screen reader); 0 when it shows none. */
async function unreadMessages(page: Page): Promise<number> {
  const label = page
    .getByRole("navigation", { name: "Onderdelen van het dossier" })
    .getByRole("link", { name: /^Berichten/ })
    .locator(".sr-only");
  if ((await label.count()) === 0) return 0;
  return Number((await label.textContent())!.split(" ")[0]);
}

test("a staff answer to a client's message reaches that client, not the co-client", async ({ page, browser }, testInfo) => {
  const subject = `Alleen voor mij ${randomBytes(3).toString("hex")}`;

  // The reader writes to the office.
  await openMessagesTab(page, testInfo);
  await page.getByRole("button", { name: "Nieuw bericht" }).click();
  const compose = page.getByRole("dialog", { name: "Nieuw bericht" });
  await compose.getByLabel("Onderwerp", { exact: true }).fill(subject);
  await compose.getByLabel("Bericht", { exact: true }).fill("Dit is persoonlijk.");
  await compose.getByRole("button", { name: "Versturen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uw bericht is verstuurd." })).toBeVisible();

  // The co-client, before the answer: what their Berichten tab counts now.
  const coClient = await signedIn(browser, DEMO_LOGINS.client);
  const staff = await signedIn(browser, DEMO_LOGINS.staff);
  try {
    await openCoClientMessages(coClient);
    await expect(coClient.getByRole("row").filter({ hasText: subject })).toHaveCount(0);
    const unreadBefore = await unreadMessages(coClient);

    // Staff see who the conversation is between, and answer it.
    await staff.goto("/admin/messages");
    const inboxRow = staff.getByRole("row").filter({ hasText: subject });
    await expect(inboxRow).toContainText("Tussen Lotte Lezer en het kantoor");
    await inboxRow.getByRole("link", { name: subject }).click();
    await expect(staff.getByRole("heading", { level: 1, name: subject })).toBeVisible();
    await expect(staff.getByText("Tussen Lotte Lezer en het kantoor").first()).toBeVisible();
    await staff.getByLabel("Bericht", { exact: true }).fill("Wij nemen contact met u op.");
    await staff.getByRole("button", { name: "Versturen" }).click();
    await expect(staff.getByRole("article").filter({ hasText: "Wij nemen contact met u op." })).toBeVisible();
    await expectAccessible(staff);

    // The reader has the answer, unread.
    await page
      .getByRole("navigation", { name: "Onderdelen van het dossier" })
      .getByRole("link", { name: /^Berichten/ })
      .click();
    const answerRow = page.getByRole("row").filter({ hasText: `Re: ${subject}` });
    await expect(answerRow).toContainText("Ongelezen");
    const answerHref = await answerRow.getByRole("link", { name: `Re: ${subject}` }).getAttribute("href");
    expect(answerHref).toMatch(/^\/messages\/[0-9a-f-]{36}$/);

    // The co-client: nothing in Berichten, the same count, and the answer's address is not found.
    await openCoClientMessages(coClient);
    await expect(coClient.getByRole("row").filter({ hasText: subject })).toHaveCount(0);
    expect(await unreadMessages(coClient)).toBe(unreadBefore);
    const response = await coClient.goto(answerHref!);
    expect(response?.status()).toBe(404);
    await expect(coClient.getByText("Wij nemen contact met u op.")).toHaveCount(0);
  } finally {
    await Promise.all([coClient.context().close(), staff.context().close()]);
  }
});

test("staff send a new message to the clients they choose; the others do not get it", async ({ page, browser }) => {
  const subject = `Voor Lotte ${randomBytes(3).toString("hex")}`;
  await signInFresh(page, DEMO_LOGINS.staff);
  await page.goto("/admin/dossiers");
  await page.getByRole("table").getByRole("link", { name: "2026-0042" }).click();
  await page
    .getByRole("navigation", { name: "Onderdelen van het dossier" })
    .getByRole("link", { name: /^Berichten/ })
    .click();

  await page.getByRole("button", { name: "Nieuw bericht" }).click();
  const dialog = page.getByRole("dialog", { name: "Nieuw bericht" });
  await expect(dialog.getByRole("radio", { name: "Alle cliënten van dit dossier" })).toBeChecked();
  await dialog.getByRole("radio", { name: "Alleen de cliënten die ik kies" }).check();
  await dialog.getByLabel("Onderwerp", { exact: true }).fill(subject);
  await dialog.getByLabel("Bericht", { exact: true }).fill("Alleen voor u.");
  // None chosen: refused with the field's message, nothing sent.
  await dialog.getByRole("button", { name: "Versturen" }).click();
  await expect(dialog.getByText("Kies ten minste één cliënt.")).toBeVisible();
  await dialog.getByRole("checkbox", { name: "Lotte Lezer" }).check();
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Versturen" }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole("row").filter({ hasText: subject });
  await expect(row).toContainText("Aan: Lotte Lezer");

  const [reader, coClient] = await Promise.all([
    signedIn(browser, CLIENT_SIDE.readerByProject.desktop),
    signedIn(browser, DEMO_LOGINS.client),
  ]);
  try {
    await openCoClientMessages(reader);
    await expect(reader.getByRole("row").filter({ hasText: subject })).toContainText("Ongelezen");
    await openCoClientMessages(coClient);
    await expect(coClient.getByRole("row").filter({ hasText: subject })).toHaveCount(0);
  } finally {
    await Promise.all([reader.context().close(), coClient.context().close()]);
  }
});
