import type { Locator, Page } from "@playwright/test";

/** The admin's Verzending page (/admin/outbox): e-mails and SMS that were not delivered. */
export class AdminOutboxPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Niet verzonden e-mails en sms", level: 1 });
  }

  row(recipient: string): Locator {
    return this.page.getByRole("row").filter({ hasText: recipient });
  }

  /** "Opnieuw proberen" for the message to `recipient`: back into the queue. */
  async retry(recipient: string): Promise<void> {
    await this.row(recipient)
      .getByRole("button", { name: `Opnieuw proberen: bericht aan ${recipient}` })
      .click();
  }
}
