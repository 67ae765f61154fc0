import type { Locator, Page } from "@playwright/test";

/** The staff's inbox (/admin/messages): the clients' messages of the office. */
export class AdminMessagesPage {
  readonly heading: Locator;
  readonly rows: Locator;
  readonly unreadFilter: Locator;
  readonly allFilter: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Berichten" });
    this.rows = page.getByRole("row");
    this.unreadFilter = page.getByRole("link", { name: "Ongelezen", exact: true });
    this.allFilter = page.getByRole("link", { name: "Alle berichten" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/admin/messages");
  }

  row(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** Opens a conversation by its subject. */
  async open(subject: string): Promise<void> {
    await this.row(subject).getByRole("link", { name: subject }).click();
  }
}
