// The manual's client sections (docs/client-manual.md) on a laptop and a phone: the beginscherm's three parts, a dossier's four tabs,
// the unread eye, download (bytes and original name) and Bekijken. Readers and the neighbour come from
// scripts/lib/e2e-fixtures.mts; the demo files' bytes from lib/seed/demo-files.ts.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_FILES } from "../../lib/seed/demo-files";
import { nl, plainStrings } from "./support/ui-strings";
import { makePdf } from "../../lib/seed/pdf";
import { baseURL } from "../../playwright.config";
import { CLIENT_SIDE } from "../../scripts/lib/e2e-fixtures.mts";
import { AdminAuditPage } from "./pages/admin-audit-page";
import { DossierPage, DossiersPage } from "./pages/dossier-page";
import { HomePage } from "./pages/home-page";
import { LoginPage } from "./pages/login-page";
import { Shell } from "./pages/shell";
import { DEMO_DOSSIER, readerFor } from "./support/data";
import { DEMO_LOGINS, expectAccessible } from "./support/portal";
import { zipEntries } from "./support/zip";
import { PAGE_SIZE } from "../../lib/pagination";

const TABS = [
  { segment: "correspondence", label: "Correspondentie" },
  { segment: "documents", label: "Documenten" },
  { segment: "supplied", label: "Door mij aangeleverd" },
  { segment: "messages", label: "Berichten" },
] as const;

/** Signs in from an address of its own and lands on the beginscherm, or on `landing`. */
async function signInFresh(page: Page, email: string, landing?: RegExp): Promise<void> {
  await new LoginPage(page).signInFresh(email);
  if (landing) await expect(page).toHaveURL(landing);
  else await expect(new HomePage(page).heading).toBeVisible();
}

/** From the beginscherm through Dossiers into the demo dossier; returns its id. */
async function openDemoDossier(page: Page): Promise<string> {
  await new HomePage(page).part("Dossiers").click();
  const dossiers = new DossiersPage(page);
  await expect(dossiers.heading).toBeVisible();
  await dossiers.open();
  await page.waitForURL(/\/dossiers\/[0-9a-f-]{36}\/correspondence$/);
  return new DossierPage(page).id;
}

/** Nothing sticks out sideways: the page never scrolls horizontally (tab bars and tables scroll inside themselves). */
async function expectNoSideScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, page.url()).toBeLessThanOrEqual(clientWidth);
}

test("the beginscherm's three parts and a dossier's four tabs, each its own page", async ({ page, isMobile }, testInfo) => {
  // The smallest phone the portal is made for: 360 px wide.
  if (isMobile) await page.setViewportSize({ width: 360, height: 740 });
  await signInFresh(page, DEMO_LOGINS.client);
  await expectNoSideScroll(page);
  const home = new HomePage(page);
  for (const part of ["Dossiers", "Acties", "Account"] as const) await expect(home.part(part)).toBeVisible();
  // The two ways to navigate (docs/client-manual.md M-HOME-2): the parts on the beginscherm, and the menu (the tab bar on a phone).
  const menu = new Shell(page).menu();
  await expect(menu.getByRole("link", { name: "Acties" })).toBeVisible();
  await menu.getByRole("link", { name: "Acties" }).click();
  await expect(page.getByText("Het onderdeel ‘Acties’ is op dit moment nog niet in gebruik.")).toBeVisible();
  await expectAccessible(page);
  await menu.getByRole("link", { name: "Dossiers" }).click();
  await expect(new DossiersPage(page).link(DEMO_DOSSIER)).toBeVisible();
  await expectAccessible(page);
  await expectNoSideScroll(page);
  await page.goto("/");

  const dossierId = await openDemoDossier(page);
  const dossier = new DossierPage(page);
  for (const { segment, label } of TABS) {
    await dossier.openTab(label);
    await expect(page).toHaveURL(new RegExp(`/dossiers/${dossierId}/${segment}$`));
    await expect(dossier.tabs.link(label)).toHaveAttribute("aria-current", "page");
    await expect(dossier.tabHeading(label)).toBeVisible();
    // All four tabs in sight at once, also on a 360 px phone (a 2×2 grid there), the open one filled in.
    for (const tab of TABS) await expect(dossier.tabs.link(tab.label)).toBeInViewport({ ratio: 1 });
    if (isMobile) {
      const background = (tab: string) => dossier.tabs.link(tab).evaluate((link) => getComputedStyle(link).backgroundColor);
      const other = TABS.find((tab) => tab.label !== label)!.label;
      expect(await background(label), label).not.toBe(await background(other));
    }
    await expectAccessible(page);
    await expectNoSideScroll(page);
    if (isMobile) {
      // Kept under test-results/ as an artefact of the run: how each tab looks on a phone.
      const path = testInfo.outputPath(`phone-tab-${segment}.png`);
      await page.screenshot({ path, fullPage: true });
      await testInfo.attach(`phone-tab-${segment}`, { path, contentType: "image/png" });
    }
  }
  // What each tab holds for the demo client.
  await dossier.gotoTab(dossierId, "correspondence");
  await expect(page.getByRole("heading", { name: "Bevestiging van de opdracht", level: 3 })).toBeVisible();
  await dossier.gotoTab(dossierId, "documents");
  await expect(page.getByRole("heading", { name: "Cliënteninformatieformulier", level: 3 })).toBeVisible();
  await dossier.gotoTab(dossierId, "supplied");
  await expect(page.getByText("U heeft in dit dossier nog geen documenten aangeleverd.")).toBeVisible();
  await dossier.gotoTab(dossierId, "messages");
  await dossier.messageLink("Welkom in het klantenportaal").click();
  await expect(page.getByRole("heading", { name: "Welkom in het klantenportaal", level: 1 })).toBeVisible();
  await expect(page.getByText("Het cliënteninformatieformulier staat onder Documenten.")).toBeVisible();
  await expectAccessible(page);
  await expectNoSideScroll(page);
});

test("the eye marks what this client has not opened; download keeps the bytes and the original name", async ({ page }, testInfo) => {
  await signInFresh(page, readerFor(testInfo));
  await openDemoDossier(page);
  const dossier = new DossierPage(page);
  const file = DEMO_FILES.find((f) => f.kind === "document")!;

  // Other tests may have published more documents to this dossier: count from what the tab says now.
  await dossier.openTab("Documenten");
  const unreadLabel = dossier.tabs.unreadLabel("Documenten"); // what a screen reader hears: "3 ongelezen"
  await expect(unreadLabel).toHaveText(/^\d+ ongelezen$/);
  const unreadBefore = Number((await unreadLabel.textContent())!.split(" ")[0]);
  const row = dossier.document(file.title);
  await expect(row.getByRole("img", { name: "Ongelezen" })).toBeVisible();
  await expectAccessible(page);

  // The download button goes through the portal's route, which redirects to storage; the bytes come from there.
  const download = row.getByRole("link", { name: `Download ${file.title}` });
  const href = (await download.getAttribute("href"))!;
  expect(href).toBe(href.match(/^\/api\/documents\/[0-9a-f-]{36}\/download$/)?.[0]);
  const redirect = await page.request.get(href, { maxRedirects: 0 });
  expect(redirect.status()).toBe(303);
  const stored = await page.request.get(redirect.headers()["location"]!);
  expect(stored.status()).toBe(200);
  expect(Buffer.from(await stored.body()).equals(makePdf(file.lines))).toBe(true);
  const disposition = stored.headers()["content-disposition"]!;
  expect(disposition).toMatch(/^attachment;/);
  expect(decodeURIComponent(disposition.match(/filename\*=UTF-8''(.+)$/)![1]!)).toBe(file.fileName);

  // Read now: gone after a reload, for this client only; the tab count is down too.
  await page.reload();
  await expect(row.getByRole("img", { name: "Ongelezen" })).toHaveCount(0);
  if (unreadBefore === 1) await expect(unreadLabel).toHaveCount(0);
  else await expect(unreadLabel).toHaveText(`${unreadBefore - 1} ongelezen`);
});

test("Bekijken opens the PDF in a new tab from storage, never the portal's origin, and counts as read", async ({ page }, testInfo) => {
  await signInFresh(page, readerFor(testInfo));
  await openDemoDossier(page);
  const file = DEMO_FILES.find((f) => f.kind === "correspondence")!;
  const row = new DossierPage(page).document(file.title);
  await expect(row.getByRole("img", { name: "Ongelezen" })).toBeVisible();

  const view = row.getByRole("link", { name: new RegExp(`^Bekijken ${file.title}`) });
  const viewHref = (await view.getAttribute("href"))!;
  const popupPromise = page.waitForEvent("popup");
  await view.click();
  const popup = await popupPromise;
  await expect.poll(() => popup.url()).toContain("X-Amz-Signature");
  expect(new URL(popup.url()).origin).not.toBe(new URL(baseURL).origin);
  await popup.close();
  // The eye goes at once, and stays gone: the route recorded the read.
  await expect(row.getByRole("img", { name: "Ongelezen" })).toHaveCount(0);
  await page.reload();
  await expect(row.getByRole("heading", { name: file.title })).toBeVisible();
  await expect(row.getByRole("img", { name: "Ongelezen" })).toHaveCount(0);

  // What the new tab got: the file, to be shown inline, with its own type.
  const redirect = await page.request.get(viewHref, { maxRedirects: 0 });
  const shown = await page.request.get(redirect.headers()["location"]!);
  expect(shown.headers()["content-disposition"]).toMatch(/^inline;/);
  expect(shown.headers()["content-type"]).toBe("application/pdf");
  expect(Buffer.from(await shown.body()).equals(makePdf(file.lines))).toBe(true);
});

test("another client of the office, a client of another office and a signed-out visitor get nothing", async ({
  page,
  browser,
  isMobile,
}) => {
  await signInFresh(page, DEMO_LOGINS.client);
  const dossierId = await openDemoDossier(page);
  const dossier = new DossierPage(page);
  await dossier.gotoTab(dossierId, "documents");
  const documentPath = (await page
    .getByRole("link", { name: /^Download / })
    .first()
    .getAttribute("href"))!;
  const documentId = documentPath.split("/")[3]!;
  await dossier.gotoTab(dossierId, "messages");
  const messagePath = (await dossier.messageLink("Welkom in het klantenportaal").getAttribute("href"))!;

  const pages = [`/dossiers/${dossierId}`, ...TABS.map((tab) => `/dossiers/${dossierId}/${tab.segment}`), messagePath];
  const routes = [`/api/documents/${documentId}/download`, `/api/documents/${documentId}/view`];

  const neighbourContext = await browser.newContext({ locale: "nl-NL" });
  const otherOfficeContext = await browser.newContext({ baseURL: baseURL.replace("localhost", "127.0.0.1"), locale: "nl-NL" });
  try {
    const neighbour = await neighbourContext.newPage();
    await signInFresh(neighbour, CLIENT_SIDE.neighbour);
    await expect(neighbour.getByRole("main")).not.toContainText("Kerkstraat");
    const stranger = await otherOfficeContext.newPage();
    await new LoginPage(stranger).signIn("client@noord.test");
    await expect(new HomePage(stranger).heading).toBeVisible();
    for (const outsider of [neighbour, stranger]) {
      for (const path of pages) {
        expect((await outsider.goto(path))?.status(), path).toBe(404);
        await expect(outsider.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
      }
      for (const path of routes) expect((await outsider.request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
    }
    await expectAccessible(neighbour);
  } finally {
    await neighbourContext.close();
    await otherOfficeContext.close();
  }

  // Each refused look is in the office's audit log, under the neighbour's name.
  if (isMobile === false) {
    const staffContext = await browser.newContext({ locale: "nl-NL" });
    try {
      const staff = await staffContext.newPage();
      await signInFresh(staff, DEMO_LOGINS.staff, /\/admin$/);
      const audit = new AdminAuditPage(staff);
      for (const action of ["dossier.access_denied", "message.access_denied", "document.access_denied"]) {
        await audit.goto({ action, client: CLIENT_SIDE.neighbour });
        await expect(audit.table.getByRole("row").filter({ hasText: "Bram Buur" }).first(), action).toBeVisible();
      }
    } finally {
      await staffContext.close();
    }
  }

  // Signed out: to the sign-in page, for pages and routes alike.
  await new Shell(page).signOut();
  await dossier.gotoTab(dossierId, "documents");
  await expect(page).toHaveURL(/\/login/);
  const signedOut = await page.request.get(routes[0]!, { maxRedirects: 0 });
  expect(signedOut.status()).toBe(303);
  expect(signedOut.headers()["location"]).toBe("/login");
});
test("a dossier page ships the client's UI strings, not the staff area's or the e-mails' (issue 12)", async ({ page }) => {
  await signInFresh(page, DEMO_LOGINS.client);
  const id = await openDemoDossier(page);
  const html = await (await page.request.get(`/dossiers/${id}/documents`)).text();
  const staffOrMail = (name: string) => name.startsWith("admin") || name === "email" || name === "sms";
  // Texts the client's own namespaces share (a tab label, "sent") do not tell which catalogue was shipped.
  const shared = new Set(plainStrings(nl, (name) => !staffOrMail(name)));
  const foreign = plainStrings(nl, staffOrMail).filter((text) => !shared.has(text));
  expect(foreign.length).toBeGreaterThan(10);
  expect(foreign.filter((text) => html.includes(text))).toEqual([]);
  // The client's own strings are there (the page would show raw keys otherwise).
  expect(plainStrings(nl, (name) => name === "client_documents").some((text) => html.includes(text))).toBe(true);
  // And only this page's: not those of the Account page's or the Berichten tab's client components.
  const pageOwn = new Set(
    plainStrings(nl, (name) => ["common", "nav", "client_documents", "files", "dossiers", "client_dossier"].includes(name)),
  );
  const otherPages = plainStrings(nl, (name) => ["account_two_factor", "recovery_actions", "account", "uploads"].includes(name)).filter(
    (text) => !pageOwn.has(text),
  );
  expect(otherPages.length).toBeGreaterThan(5);
  expect(otherPages.filter((text) => html.includes(text))).toEqual([]);
});

test("Documenten: search, order and only unread narrow the list; Alles downloaden gives a zip of the tab (issue 14)", async ({
  page,
}, testInfo) => {
  await signInFresh(page, readerFor(testInfo));
  await openDemoDossier(page);
  const dossier = new DossierPage(page);
  await dossier.openTab("Documenten");
  const file = DEMO_FILES.find((f) => f.kind === "document")!;
  const section = page.getByRole("region", { name: "Documenten" });
  const rows = section.getByTestId("document-row");
  const titles = () => rows.getByRole("heading").allInnerTexts();
  await expect(rows.first()).toBeVisible();
  const total = Number((await section.getByText(/^\d+ document(en)?$/).innerText()).split(" ")[0]);
  const newest = await titles();

  // Search in the titles: the address keeps it, so a reload or a shared link shows the same.
  const search = page.getByRole("search");
  await search.getByLabel("Zoeken in titels").fill("informatieformulier");
  await search.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/[?&]q=informatieformulier/);
  await expect(rows).toHaveCount(1);
  await expect(dossier.document(file.title)).toBeVisible();
  await search.getByLabel("Zoeken in titels").fill("bestaat niet");
  await search.getByRole("button", { name: "Zoeken" }).click();
  await expect(section.getByText("Geen documenten gevonden die aan uw zoekopdracht voldoen.")).toBeVisible();
  await expectAccessible(page);

  // Oldest first is newest first reversed (other tests may have published more: compare one page's worth), and
  // starts with the demo document, published when the dossier was made.
  await search.getByLabel("Zoeken in titels").fill("");
  await search.getByLabel("Sorteren").selectOption({ label: "Oudste eerst" });
  await search.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/[?&]sort=oldest/);
  if (total <= PAGE_SIZE) await expect.poll(titles).toEqual([...newest].reverse());
  await expect.poll(async () => (await titles())[0]).toBe(file.title);

  // Only unread: every row shows the eye, as many as the tab counts.
  await search.getByLabel("Sorteren").selectOption({ label: "Nieuwste eerst" });
  await search.getByLabel("Alleen ongelezen").check();
  await search.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/[?&]unread=1/);
  const unread = await dossier.unreadCount("Documenten");
  await expect(rows).toHaveCount(Math.min(unread, PAGE_SIZE));
  await expect(rows.filter({ hasNot: page.getByRole("img", { name: "Ongelezen" }) })).toHaveCount(0);

  // Alles downloaden: one zip, built in the browser, with every document of the tab, bytes as stored.
  await dossier.openTab("Documenten");
  const downloading = page.waitForEvent("download");
  await section.getByRole("button", { name: "Alles downloaden" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("2026-0042 Documenten.zip");
  const entries = zipEntries(readFileSync((await download.path())!));
  expect(entries).toHaveLength(total);
  expect(entries.find((entry) => entry.name === file.fileName)?.data.equals(makePdf(file.lines))).toBe(true);
  await expect(
    section.getByRole("status").filter({ hasText: new RegExp(`^Klaar: ${total} document(en)? in het zip-bestand\\.$`) }),
  ).toBeVisible();
  // Each document in the zip counts as opened.
  await page.reload();
  expect(await dossier.unreadCount("Documenten")).toBe(0);
});
