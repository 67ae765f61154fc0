import type { Locator, Page } from "@playwright/test";

/** One conversation (/messages/{id} for a client, /admin/messages/{id} for staff), with its reply form. */
export class ConversationPage {
  /** "Berichten in dit gesprek" (the staff's page). */
  readonly thread: Locator;
  readonly threadArticles: Locator;
  readonly articles: Locator;
  /** "Beantwoorden" (the client's page) opens the reply form. */
  readonly replyButton: Locator;
  readonly subject: Locator;
  readonly body: Locator;
  readonly sendButton: Locator;
  readonly backToInboxLink: Locator;

  constructor(readonly page: Page) {
    this.thread = page.getByRole("list", { name: "Berichten in dit gesprek" });
    this.threadArticles = this.thread.getByRole("article");
    this.articles = page.getByRole("article");
    this.replyButton = page.getByRole("button", { name: "Beantwoorden" });
    this.subject = page.getByLabel("Onderwerp", { exact: true });
    this.body = page.getByLabel("Bericht", { exact: true });
    this.sendButton = page.getByRole("button", { name: "Versturen" });
    this.backToInboxLink = page.getByRole("link", { name: "Terug naar berichten" });
  }

  heading(subject: string): Locator {
    return this.page.getByRole("heading", { level: 1, name: subject });
  }

  /** A message of the conversation with this text. */
  article(text: string): Locator {
    return this.articles.filter({ hasText: text });
  }

  /** A link to an attached document, in the messages. */
  attachment(name: string | RegExp): Locator {
    return this.articles.getByRole("link", { name });
  }

  /** The link to the dossier the conversation belongs to ("Dossier 2026-0042: …"). */
  dossierLink(name: string): Locator {
    return this.page.getByRole("link", { name });
  }

  status(text: string): Locator {
    return this.page.getByRole("status").filter({ hasText: text });
  }

  /** Types the answer in the reply form and sends it. */
  async reply(text: string): Promise<void> {
    await this.body.fill(text);
    await this.sendButton.click();
  }
}
