import type { Locator, Page } from "@playwright/test";

/** The office's audit log (/admin/audit): filters and the CSV export of the same selection. */
export class AdminAuditPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly exportLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Auditlog" });
    this.table = page.getByRole("table", { name: "Gebeurtenissen in het auditlog" });
    this.rows = this.table.locator("tbody tr");
    this.exportLink = page.getByRole("link", { name: "Exporteren als CSV" });
  }

  /** The log filtered by the address's query (action, client). */
  async goto(filter: Record<string, string> = {}) {
    const query = Object.entries(filter)
      .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
      .join("&");
    return this.page.goto(query ? `/admin/audit?${query}` : "/admin/audit");
  }

  /** Filters by Handeling with the form. */
  async filterByAction(action: string): Promise<void> {
    await this.page.getByLabel("Handeling").selectOption(action);
    await this.page.getByRole("button", { name: "Filteren" }).click();
  }
}
