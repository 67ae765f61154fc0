import type { Locator, Page } from "@playwright/test";

/** The admin's staff list (/admin/staff): invite, block, unblock. */
export class AdminStaffPage {
  readonly heading: Locator;
  readonly inviteDialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Medewerkers", level: 1 });
    this.inviteDialog = page.getByRole("dialog", { name: "Medewerker uitnodigen" });
  }

  row(text: string): Locator {
    return this.page.getByRole("row").filter({ hasText: text });
  }

  /** "Medewerker uitnodigen" with the fields filled in; the dialog's "Uitnodigen" is left to the caller (invite()). */
  async fillInvitation(member: { name: string; email: string; role: "staff" | "admin" }): Promise<void> {
    await this.page.getByRole("button", { name: "Medewerker uitnodigen" }).click();
    await this.inviteDialog.getByLabel("Naam").fill(member.name);
    await this.inviteDialog.getByLabel("E-mailadres").fill(member.email);
    await this.inviteDialog.getByLabel("Rol").selectOption(member.role);
  }

  async invite(): Promise<void> {
    await this.inviteDialog.getByRole("button", { name: "Uitnodigen" }).click();
  }

  /** "Blokkeren" in the member's row, confirmed. */
  async block(email: string): Promise<void> {
    await this.row(email).getByRole("button", { name: "Blokkeren" }).click();
    await this.page.getByRole("dialog", { name: "Medewerker blokkeren?" }).getByRole("button", { name: "Blokkeren" }).click();
  }

  async unblock(email: string): Promise<void> {
    await this.row(email).getByRole("button", { name: "Deblokkeren" }).click();
  }
}
