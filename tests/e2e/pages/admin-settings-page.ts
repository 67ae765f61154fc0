import type { Locator, Page } from "@playwright/test";

/** The office's settings (/admin/settings): Kantoorgegevens and Veelgestelde vragen, each saved on its own. */
export class AdminSettingsPage {
  readonly heading: Locator;
  readonly details: Locator;
  readonly faq: Locator;
  readonly phone: Locator;
  readonly brandColour: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Kantoorinstellingen" });
    this.details = page.getByRole("region", { name: "Kantoorgegevens" });
    this.faq = page.getByRole("region", { name: "Veelgestelde vragen" });
    this.phone = this.details.getByLabel("Telefoonnummer");
    this.brandColour = this.details.getByRole("textbox", { name: "Huisstijlkleur" });
  }

  /** The Dutch answer of the n-th question. */
  answer(n: number): Locator {
    return this.faq.getByRole("group", { name: `Vraag ${n}`, exact: true }).getByLabel("Antwoord (Nederlands)");
  }

  async saveDetails(): Promise<void> {
    await this.details.getByRole("button", { name: "Opslaan" }).click();
  }

  async saveFaq(): Promise<void> {
    await this.faq.getByRole("button", { name: "Vragen opslaan" }).click();
  }
}
