import type { Locator, Page } from "@playwright/test";

export interface NewClient {
  name: string;
  email: string;
  phone?: string;
  language?: "nl" | "en";
}

/** The staff's client list (/admin/clients) with "Nieuwe cliënt", and a client's own page (/admin/clients/{id}). */
export class AdminClientsPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly search: Locator;
  readonly newClientDialog: Locator;
  readonly resendInvitationButton: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Cliënten", level: 1 });
    this.table = page.getByRole("table", { name: "Cliënten" });
    this.search = page.getByLabel("Zoek op naam of e-mailadres");
    this.newClientDialog = page.getByRole("dialog", { name: "Nieuwe cliënt" });
    this.resendInvitationButton = page.getByRole("button", { name: "Uitnodiging opnieuw versturen" });
    this.status = page.getByRole("status");
  }

  /** The list, or what a search for `query` finds. */
  async goto(query?: string): Promise<void> {
    await this.page.goto(query === undefined ? "/admin/clients" : `/admin/clients?q=${encodeURIComponent(query)}`);
  }

  /** "Nieuwe cliënt", filled in and submitted; returns the dialog (closed when it worked, with field errors when not). */
  async createClient(client: NewClient): Promise<Locator> {
    await this.page.getByRole("button", { name: "Nieuwe cliënt" }).click();
    const dialog = this.newClientDialog;
    await dialog.getByLabel("Naam").fill(client.name);
    await dialog.getByLabel("E-mailadres").fill(client.email);
    if (client.phone !== undefined) await dialog.getByLabel("Mobiel nummer (optioneel)").fill(client.phone);
    if (client.language !== undefined) await dialog.getByLabel("Taal").selectOption(client.language);
    await dialog.getByRole("button", { name: "Cliënt aanmaken" }).click();
    return dialog;
  }

  async searchFor(query: string): Promise<void> {
    await this.search.fill(query);
    await this.page.getByRole("button", { name: "Zoeken" }).click();
  }

  row(text: string): Locator {
    return this.page.getByRole("row").filter({ hasText: text });
  }

  /** On a client's page: "Blokkeren"; returns the dialog "Cliënt blokkeren?" that asks first. */
  async startBlocking(): Promise<Locator> {
    await this.page.getByRole("button", { name: "Blokkeren" }).click();
    return this.page.getByRole("dialog", { name: "Cliënt blokkeren?" });
  }

  async unblock(): Promise<void> {
    await this.page.getByRole("button", { name: "Deblokkeren" }).click();
  }

  /** On a client's page: a new name, saved. */
  async rename(name: string): Promise<void> {
    await this.page.getByLabel("Naam").fill(name);
    await this.page.getByRole("button", { name: "Opslaan" }).click();
  }
}
