import { expect, type Locator, type Page } from "@playwright/test";
import { ComposeDialog } from "./compose-dialog";
import { DossierTabs } from "./dossier-tabs";
import { Uploader } from "./uploader";

export type StaffTab = "Correspondentie" | "Documenten" | "Door cliënt aangeleverd" | "Berichten";

const SEGMENTS: Record<StaffTab, string> = {
  Correspondentie: "correspondence",
  Documenten: "documents",
  "Door cliënt aangeleverd": "supplied",
  Berichten: "messages",
};

/** The staff's dossier list (/admin/dossiers) and the form of a new or changed dossier. */
export class AdminDossiersPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly newDossierLink: Locator;
  readonly reference: Locator;
  readonly title: Locator;
  readonly clientSearch: Locator;
  readonly searchResults: Locator;
  readonly chosenClients: Locator;
  readonly newClientButton: Locator;
  readonly createButton: Locator;
  readonly saveButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Dossiers", level: 1 });
    this.table = page.getByRole("table");
    this.newDossierLink = page.getByRole("link", { name: "Nieuw dossier" });
    this.reference = page.getByLabel("Dossiernummer");
    this.title = page.getByLabel("Titel");
    this.clientSearch = page.getByLabel("Cliënt zoeken op naam of e-mailadres");
    this.searchResults = page.getByRole("list", { name: "Zoekresultaten" });
    this.chosenClients = page.getByRole("list", { name: "Gekozen cliënten" });
    this.newClientButton = page.getByRole("button", { name: "Nieuwe cliënt aanmaken" });
    this.createButton = page.getByRole("button", { name: "Dossier aanmaken" });
    this.saveButton = page.getByRole("button", { name: "Opslaan" });
  }

  /** The list, or what a search for `query` finds. */
  async goto(query?: string): Promise<void> {
    await this.page.goto(query === undefined ? "/admin/dossiers" : `/admin/dossiers?q=${encodeURIComponent(query)}`);
  }

  async gotoNew(): Promise<void> {
    await this.page.goto("/admin/dossiers/new");
  }

  /** A dossier's link in the list, by its dossiernummer. */
  link(reference: string): Locator {
    return this.table.getByRole("link", { name: reference, exact: true });
  }

  row(reference: string): Locator {
    return this.page.getByRole("row", { name: new RegExp(reference) });
  }

  /** In the form: the client picker's checkbox of a client. */
  clientOption(name: RegExp): Locator {
    return this.page.getByRole("checkbox", { name });
  }

  /** In the form: "Nieuwe cliënt aanmaken" adds the fields of the n-th new client. */
  async addNewClient(n: number, client: { name: string; email: string }): Promise<void> {
    await this.newClientButton.click();
    const fields = this.page.getByRole("group", { name: `Nieuwe cliënt ${n}` });
    await fields.getByLabel("Naam").fill(client.name);
    await fields.getByLabel("E-mailadres").fill(client.email);
  }
}

/** One dossier in /admin (/admin/dossiers/{id}/…): header, tabs, publishing, the published documents, messages. */
export class AdminDossierPage {
  readonly tabs: DossierTabs;
  readonly main: Locator;
  readonly publish: PublishPanel;
  readonly published: Locator;
  readonly newMessageButton: Locator;
  readonly editLink: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.tabs = new DossierTabs(page);
    this.main = page.getByRole("main");
    this.publish = new PublishPanel(page.getByRole("region", { name: "Publiceren" }));
    this.published = page.getByRole("list", { name: "Gepubliceerde documenten" });
    this.newMessageButton = page.getByRole("button", { name: "Nieuw bericht" });
    this.editLink = page.getByRole("link", { name: "Bewerken" });
    this.rows = page.getByRole("row");
  }

  /** From the dossier list into a dossier by its dossiernummer, on one of its tabs. */
  async open(reference: string, tab: StaffTab): Promise<void> {
    const dossiers = new AdminDossiersPage(this.page);
    await dossiers.goto();
    await dossiers.link(reference).click();
    await this.openTab(tab);
    await expect(this.page).toHaveURL(new RegExp(`/admin/dossiers/[0-9a-f-]{36}/${SEGMENTS[tab]}$`));
  }

  async openTab(tab: StaffTab): Promise<void> {
    await this.tabs.open(tab);
  }

  tabHeading(tab: StaffTab): Locator {
    return this.page.getByRole("heading", { name: tab, level: 2 });
  }

  /** A published document, by its title. */
  publishedItem(title: string): Locator {
    return this.published.getByRole("listitem").filter({ has: this.page.getByRole("heading", { name: title }) });
  }

  /** "… intrekken", confirmed in the dialog "Document intrekken?"; returns that dialog. */
  async withdraw(title: string): Promise<Locator> {
    await this.publishedItem(title)
      .getByRole("button", { name: `${title} intrekken` })
      .click();
    const dialog = this.page.getByRole("dialog", { name: "Document intrekken?" });
    await dialog.getByRole("button", { name: "Intrekken" }).click();
    return dialog;
  }

  async startMessage(): Promise<ComposeDialog> {
    await this.newMessageButton.click();
    return new ComposeDialog(this.page);
  }

  /** A row of the Berichten tab with this text. */
  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** A link to a message of the Berichten tab, by its subject. */
  messageLink(subject: string): Locator {
    return this.page.getByRole("link", { name: subject, exact: true });
  }

  /** The page's status message with this text ("Uw bericht is verstuurd."). */
  status(text: string): Locator {
    return this.page.getByRole("status").filter({ hasText: text });
  }

  /** A client in the dossier's header, by name. */
  clientLink(name: string): Locator {
    return this.page.getByRole("link", { name });
  }

  /** Unlinks a client (asked first). */
  async unlinkClient(name: string): Promise<void> {
    await this.page.getByRole("button", { name: `${name} ontkoppelen` }).click();
    await this.page.getByRole("dialog", { name: "Cliënt ontkoppelen?" }).getByRole("button", { name: "Ontkoppelen" }).click();
  }

  /** Links a client again through the picker. */
  async linkClient(search: string, name: RegExp): Promise<void> {
    await this.page.getByLabel("Cliënt zoeken op naam of e-mailadres").fill(search);
    await this.page.getByRole("checkbox", { name }).check();
    await this.page.getByRole("button", { name: "Koppelen" }).click();
  }

  /** "Afsluiten"; returns the dialog "Dossier afsluiten?" that asks first. */
  async startClosing(): Promise<Locator> {
    await this.main.getByRole("button", { name: "Afsluiten" }).click();
    return this.page.getByRole("dialog", { name: "Dossier afsluiten?" });
  }

  /** "Heropenen", confirmed. */
  async reopen(): Promise<void> {
    await this.main.getByRole("button", { name: "Heropenen" }).click();
    await this.page.getByRole("dialog", { name: "Dossier heropenen?" }).getByRole("button", { name: "Dossier heropenen" }).click();
  }
}

/** The Publiceren panel of a dossier's Correspondentie and Documenten tabs: upload PDFs, give them titles, publish. */
export class PublishPanel extends Uploader {
  titleField(fileName: string): Locator {
    return this.root.getByLabel(`Titel voor ${fileName}`);
  }

  /** "2 bestanden publiceren". */
  async publishFiles(name: string): Promise<void> {
    await this.root.getByRole("button", { name }).click();
  }
}
