import type { Locator, Page } from "@playwright/test";

/** /help: the office's FAQ, its contact details and the manual's text on finding downloads (docs/client-manual.md M-FAQ-8). */
export class HelpPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Help" });
  }

  /** A section of the page by its heading ("Veelgestelde vragen", "Contact", "Gedownloade documenten terugvinden", …). */
  region(name: string): Locator {
    return this.page.getByRole("region", { name });
  }

  /** A question of the FAQ, the <summary> that opens its answer. */
  question(text: string, faq = "Veelgestelde vragen"): Locator {
    return this.region(faq).locator("summary", { hasText: text });
  }

  /** The header's way back: "Inloggen", "Naar het beginscherm" or "Naar het beheer". */
  backLink(name: string): Locator {
    return this.page.getByRole("banner").getByRole("link", { name, exact: true });
  }
}
