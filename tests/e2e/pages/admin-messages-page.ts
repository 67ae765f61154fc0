import type { Locator, Page } from "@playwright/test";

/** The staff's inbox (/admin/messages): the office's conversations with clients, open ones by default. */
export class AdminMessagesPage {
  readonly heading: Locator;
  readonly rows: Locator;
  readonly openFilter: Locator;
  readonly answeredFilter: Locator;
  readonly allFilter: Locator;
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Berichten" });
    this.rows = page.getByRole("row");
    const filters = page.getByRole("navigation", { name: "Welke gesprekken" });
    this.openFilter = filters.getByRole("link", { name: "Open", exact: true });
    this.answeredFilter = filters.getByRole("link", { name: "Beantwoord", exact: true });
    this.allFilter = filters.getByRole("link", { name: "Alle gesprekken" });
    this.search = page.getByRole("search");
  }

  async goto(filter: "open" | "answered" | "all" = "open"): Promise<void> {
    await this.page.goto(filter === "open" ? "/admin/messages" : `/admin/messages?filter=${filter}`);
  }

  row(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** Opens a conversation by its subject. */
  async open(subject: string): Promise<void> {
    await this.row(subject).getByRole("link", { name: subject }).click();
  }

  /** Searches by subject, client or dossier. */
  async searchFor(text: string): Promise<void> {
    await this.search.getByLabel("Zoeken op onderwerp, cliënt of dossier").fill(text);
    await this.search.getByRole("button", { name: "Zoeken" }).click();
  }
}
