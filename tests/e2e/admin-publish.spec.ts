import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { makePdf } from "../../lib/seed/pdf";
import { baseURL } from "../../playwright.config";
import { CLIENT_SIDE } from "../../scripts/lib/e2e-fixtures.mts";
import { AdminDossierPage } from "./pages/admin-dossier-page";
import { LoginPage } from "./pages/login-page";
import { OutboxPage } from "./pages/outbox-page";
import { DEMO_LOGINS, expectAccessible } from "./support/portal";

// The start of a Windows executable: what a ".exe renamed to .pdf" really contains.
const EXE = Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, ...new Array(200).fill(0)]);

test("staff publish two PDFs with progress, withdraw one, and see the client's read receipt", async ({ page, browser }) => {
  const suffix = randomUUID().slice(0, 6);
  const akte = `Concept akte ${suffix}`;
  const nota = `Nota ${suffix}`;
  await new LoginPage(page).signIn(DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  const dossier = new AdminDossierPage(page);
  await dossier.open("2026-0042", "Documenten");
  await expectAccessible(page);

  // Hold the PUTs to storage until the progress bars have been seen.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname.includes("/o/"),
    async (route) => {
      if (route.request().method() === "PUT") await held;
      await route.continue();
    },
  );

  const publish = dossier.publish;
  await publish.fileInput.setInputFiles([
    { name: `${akte}.pdf`, mimeType: "application/pdf", buffer: makePdf(["Concept akte", suffix]) },
    { name: `${nota}.pdf`, mimeType: "application/pdf", buffer: makePdf(["Nota van afrekening", suffix]) },
  ]);
  await expect(publish.root.getByText("Klaar om te uploaden")).toHaveCount(2);
  await publish.upload("2 bestanden uploaden");
  await expect(publish.progress(`${akte}.pdf`)).toBeVisible();
  await expect(publish.progress(`${nota}.pdf`)).toBeVisible();
  release();
  await expect(publish.uploaded).toHaveCount(2);
  await expect(publish.status.filter({ hasText: "is geüpload en gecontroleerd" })).toBeAttached();
  await page.unroute((url) => url.pathname.includes("/o/"));

  // Titles default to the file name without its extension; they can be changed.
  await expect(publish.titleField(`${akte}.pdf`)).toHaveValue(akte);
  await publish.titleField(`${nota}.pdf`).fill(`${nota} (definitief)`);
  await publish.publishFiles("2 bestanden publiceren");
  await expect(publish.root.getByText("2 documenten zijn gepubliceerd.")).toBeVisible();

  // The dossier's clients are told by e-mail, each in their own language, with a link to the portal and never
  // the documents' titles.
  const outboxTab = await page.context().newPage();
  const outbox = new OutboxPage(outboxTab);
  await outbox.goto();
  const notice = outbox.mail({ to: CLIENT_SIDE.english, subject: "New documents in the client portal of Demo Notariaat" });
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText(/new documents are waiting for you/);
  await expect(notice.getByRole("link", { name: new RegExp(`^${baseURL}/$`) }).first()).toBeVisible();
  await expect(notice).not.toContainText(suffix);
  await outboxTab.close();

  const akteItem = dossier.publishedItem(akte);
  const notaItem = dossier.publishedItem(`${nota} (definitief)`);
  await expect(akteItem).toBeVisible();
  await expect(notaItem).toBeVisible();
  await expect(akteItem.getByText("Nog niet geopend door Jan Jansen")).toBeVisible();
  await expectAccessible(page);

  // Withdraw the nota after confirming.
  const dialog = await dossier.withdraw(`${nota} (definitief)`);
  await expect(dialog).toBeHidden();
  await expect(notaItem.getByText("Ingetrokken", { exact: true })).toBeVisible();
  await expect(notaItem.getByRole("button", { name: /intrekken/ })).toHaveCount(0);

  // An executable renamed to .pdf passes the browser's checks, then fails on its bytes, by name.
  await publish.fileInput.setInputFiles({ name: `factuur-${suffix}.pdf`, mimeType: "application/pdf", buffer: EXE });
  await publish.upload();
  await expect(
    publish.root.getByText(`factuur-${suffix}.pdf: De inhoud van het bestand past niet bij het bestandstype.`).first(),
  ).toBeVisible();
  // The bytes are what they are: no retry, only remove.
  await expect(publish.retryButtons).toHaveCount(0);
  await publish.removeButton(`factuur-${suffix}.pdf`).click();
  await expect(publish.root.getByText(`factuur-${suffix}.pdf`, { exact: true })).toHaveCount(0);
  await expect(publish.status.filter({ hasText: `factuur-${suffix}.pdf is verwijderd.` })).toBeAttached();
  // Nothing was published for it.
  await page.reload();
  await expect(page.getByRole("heading", { name: `factuur-${suffix}` })).toHaveCount(0);

  // The client downloads the akte: a redirect to a short-lived attachment URL on the storage server.
  const href = await akteItem.getByRole("link", { name: `${akte} downloaden` }).getAttribute("href");
  expect(href).toMatch(/^\/api\/documents\/[0-9a-f-]{36}\/download$/);
  const clientContext = await browser.newContext();
  const clientPage = await clientContext.newPage();
  await new LoginPage(clientPage).signIn(DEMO_LOGINS.client);
  await expect(clientPage).toHaveURL(/\/$/);
  const response = await clientPage.request.get(href!, { maxRedirects: 0 });
  expect([302, 303]).toContain(response.status());
  expect(response.headers()["cache-control"]).toContain("no-store");
  const location = new URL(response.headers()["location"]!);
  expect(location.pathname).toContain("/o/");
  expect(location.searchParams.get("response-content-disposition")).toMatch(/^attachment;/);
  // The withdrawn nota is not there for the client.
  const notaHref = await notaItem.getByRole("link", { name: /downloaden/ }).getAttribute("href");
  expect((await clientPage.request.get(notaHref!, { maxRedirects: 0 })).status()).toBe(404);
  await clientContext.close();

  await page.reload();
  await expect(akteItem.getByText(/^Gelezen door Jan Jansen op \d{2}-\d{2}-\d{4} om \d{2}:\d{2}$/)).toBeVisible();
  await expect(akteItem.getByText("Nog niet geopend door Jan Jansen")).toHaveCount(0);
});

test("the correspondence and supplied tabs are accessible", async ({ page }) => {
  await new LoginPage(page).signIn(DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  const dossier = new AdminDossierPage(page);
  await dossier.open("2026-0042", "Correspondentie");
  await expect(page.getByRole("heading", { name: "Publiceren" })).toBeVisible();
  await expectAccessible(page);
  await dossier.open("2026-0042", "Door cliënt aangeleverd");
  await expect(dossier.tabHeading("Door cliënt aangeleverd")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Publiceren" })).toHaveCount(0);
  await expectAccessible(page);
});
