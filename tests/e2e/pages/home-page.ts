import type { Locator, Page } from "@playwright/test";

/** The client's beginscherm (/): its three parts Dossiers, Acties and Account. */
export class HomePage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Beginscherm", level: 1 });
  }

  /** The link to one of the three parts, in the main content (not the menu). */
  part(name: "Dossiers" | "Acties" | "Account"): Locator {
    return this.page.getByRole("main").getByRole("link", { name: new RegExp(`^${name}`) });
  }
}
