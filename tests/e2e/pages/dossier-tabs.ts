import type { Locator, Page } from "@playwright/test";

/** A dossier's tab bar ("Onderdelen van het dossier"), the client's and the staff's alike. */
export class DossierTabs {
  readonly nav: Locator;
  readonly links: Locator;
  readonly current: Locator;

  constructor(page: Page) {
    this.nav = page.getByRole("navigation", { name: "Onderdelen van het dossier" });
    this.links = this.nav.getByRole("link");
    this.current = this.nav.locator("[aria-current=page]");
  }

  /** The tab whose name starts with `label` (a count of unread items may follow it). */
  link(label: string): Locator {
    return this.nav.getByRole("link", { name: new RegExp(`^${label}`) });
  }

  async open(label: string): Promise<void> {
    await this.link(label).click();
  }

  /** What a screen reader hears of the tab's count: "3 ongelezen". */
  unreadLabel(label: string): Locator {
    return this.link(label).locator(".sr-only");
  }
}
