import { expect, type Locator, type Page } from "@playwright/test";
import { DEMO_DOSSIER } from "../support/data";
import { ComposeDialog } from "./compose-dialog";
import { DossierTabs } from "./dossier-tabs";
import { HomePage } from "./home-page";
import { LoginPage } from "./login-page";

export type ClientTab = "Correspondentie" | "Documenten" | "Door mij aangeleverd" | "Berichten";

/** The client's dossier list (/dossiers). */
export class DossiersPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Dossiers", level: 1 });
  }

  async goto(): Promise<void> {
    await this.page.goto("/dossiers");
  }

  link(name: RegExp = DEMO_DOSSIER): Locator {
    return this.page.getByRole("link", { name });
  }

  async open(name: RegExp = DEMO_DOSSIER): Promise<void> {
    await this.link(name).click();
  }
}

/** One dossier as its client sees it (/dossiers/{id}/…): the tabs Correspondentie, Documenten, Door mij aangeleverd and Berichten. */
export class DossierPage {
  readonly tabs: DossierTabs;
  readonly newMessageButton: Locator;
  readonly documentRows: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.tabs = new DossierTabs(page);
    this.newMessageButton = page.getByRole("button", { name: "Nieuw bericht" });
    this.documentRows = page.getByTestId("document-row");
    this.rows = page.getByRole("row");
  }

  /** The dossier's id, from the address of the page. */
  get id(): string {
    return this.page.url().match(/\/dossiers\/([0-9a-f-]{36})\//)![1]!;
  }

  async gotoTab(dossierId: string, segment: "correspondence" | "documents" | "supplied" | "messages"): Promise<void> {
    await this.page.goto(`/dossiers/${dossierId}/${segment}`);
  }

  async openTab(label: ClientTab): Promise<void> {
    await this.tabs.open(label);
  }

  /** The open tab's own heading. */
  tabHeading(label: ClientTab): Locator {
    return this.page.getByRole("heading", { name: label, level: 2 });
  }

  /** Through the dossier list into the demo dossier's Berichten tab. */
  async openMessagesTab(): Promise<void> {
    const dossiers = new DossiersPage(this.page);
    await dossiers.goto();
    await dossiers.open();
    await this.openTab("Berichten");
    await expect(this.tabHeading("Berichten")).toBeVisible();
  }

  /** Signs in from an address of its own, lands on the beginscherm, and opens the demo dossier's Berichten tab. */
  async signInToMessagesTab(email: string): Promise<void> {
    await new LoginPage(this.page).signInFresh(email);
    await expect(new HomePage(this.page).heading).toBeVisible();
    await this.openMessagesTab();
  }

  /** A document (Correspondentie, Documenten, Door mij aangeleverd) by its title. */
  document(title: string): Locator {
    return this.documentRows.filter({ has: this.page.getByRole("heading", { name: title }) });
  }

  /** A row of the Berichten tab (or any table of the page) with this text. */
  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** A link to a message, by its subject. */
  messageLink(subject: string): Locator {
    return this.page.getByRole("link", { name: subject, exact: true });
  }

  /** The page's status message with this text ("Uw bericht is verstuurd."). */
  status(text: string): Locator {
    return this.page.getByRole("status").filter({ hasText: text });
  }

  /** The number on a tab ("2 ongelezen" for a screen reader); 0 when it shows none. */
  async unreadCount(label: ClientTab): Promise<number> {
    const unread = this.tabs.unreadLabel(label);
    if ((await unread.count()) === 0) return 0;
    return Number((await unread.textContent())!.split(" ")[0]);
  }

  /** Nieuw bericht: the button on a laptop, the plus next to Berichten on a phone. */
  async startMessage(): Promise<ComposeDialog> {
    await this.newMessageButton.click();
    return new ComposeDialog(this.page);
  }
}
