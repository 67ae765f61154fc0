import { expect, type Locator, type Page } from "@playwright/test";

/** What surrounds every page: the main menu (header or phone tab bar), the staff's menu, the footer, the language buttons and Uitloggen. */
export class Shell {
  readonly adminMenu: Locator;
  readonly footer: Locator;

  constructor(readonly page: Page) {
    this.adminMenu = page.getByRole("navigation", { name: "Beheermenu" });
    this.footer = page.getByRole("contentinfo");
  }

  /** The client's main menu that shows: the header on a desktop, the tab bar on a phone ("Main menu" in English). */
  menu(name = "Hoofdmenu"): Locator {
    return this.page.getByRole("navigation", { name }).filter({ visible: true });
  }

  footerLink(name = "Veelgestelde vragen en contact"): Locator {
    return this.footer.getByRole("link", { name });
  }

  /** The language buttons of the signed-out pages. */
  languageButton(name: "English" | "Nederlands"): Locator {
    return this.page.getByRole("button", { name });
  }

  /** Opens a section of /admin through the staff's menu. */
  async openAdminSection(name: string): Promise<void> {
    await this.adminMenu.getByRole("link", { name }).click();
  }

  /**
   * Signs out with the Uitloggen button (the server ends the session) and drops the cookies. Only clearing cookies
   * races requests still on their way (prefetches, refreshes), whose answers can set the session cookie again.
   */
  async signOut(): Promise<void> {
    await this.page.getByRole("button", { name: "Uitloggen" }).first().click();
    await expect(this.page).toHaveURL(/\/login/);
    await this.page.context().clearCookies();
  }
}
