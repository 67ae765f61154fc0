import type { BrowserContext, Locator, Page } from "@playwright/test";

/** Which outbox entries: to a recipient (exactly), mentioning an address anywhere, and/or with a subject. */
export interface OutboxFilter {
  to?: string;
  mentioning?: string;
  subject?: string | RegExp;
}

/** /dev/outbox (demo mode): the e-mails and SMS the portal sent, newest first. */
export class OutboxPage {
  readonly heading: Locator;
  readonly entries: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Outbox" });
    this.entries = page.getByTestId("outbox-entry");
  }

  async goto() {
    return this.page.goto("/dev/outbox");
  }

  /** The entries matching `filter`, newest first. */
  mail(filter: OutboxFilter): Locator {
    let entries = this.entries;
    if (filter.to) entries = entries.filter({ has: this.page.getByTestId("outbox-recipient").getByText(filter.to, { exact: true }) });
    if (filter.mentioning) entries = entries.filter({ hasText: filter.mentioning });
    if (filter.subject) entries = entries.filter({ has: this.page.getByRole("heading", { name: filter.subject }) });
    return entries;
  }

  /** Opens the link `name` of the newest entry matching `filter`; returns its href. */
  async followLink(filter: OutboxFilter, name: RegExp): Promise<string> {
    const anchor = this.mail(filter).first().getByRole("link", { name });
    const href = (await anchor.getAttribute("href"))!;
    await anchor.click();
    return href;
  }

  /** The text of the newest entry matching `filter`, read in a second tab, so the page in hand keeps its state. */
  static async newestText(context: BrowserContext, filter: OutboxFilter): Promise<string> {
    const tab = await context.newPage();
    try {
      const outbox = new OutboxPage(tab);
      await outbox.goto();
      return (await outbox.mail(filter).first().locator("pre").textContent()) ?? "";
    } finally {
      await tab.close();
    }
  }

  /** The six-digit code in the newest SMS to `phone`, read in a second tab. */
  static async smsCode(context: BrowserContext, phone: string): Promise<string> {
    return /\b(\d{6})\b/.exec(await OutboxPage.newestText(context, { to: phone }))![1]!;
  }
}
