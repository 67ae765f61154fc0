import type { Locator, Page } from "@playwright/test";
import { AttachmentDialog } from "./attachment-dialog";

/** The pop-up "Nieuw bericht", the client's and the staff's (who also choose its recipients). */
export class ComposeDialog {
  readonly dialog: Locator;
  readonly subject: Locator;
  readonly body: Locator;
  readonly addAttachmentButton: Locator;
  readonly sendButton: Locator;
  readonly closeButton: Locator;
  /** "Bijlagen": the uploaded files, under the message. */
  readonly attachments: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole("dialog", { name: "Nieuw bericht" });
    this.subject = this.dialog.getByLabel("Onderwerp", { exact: true });
    this.body = this.dialog.getByLabel("Bericht", { exact: true });
    this.addAttachmentButton = this.dialog.getByRole("button", { name: "Bijlage toevoegen" });
    this.sendButton = this.dialog.getByRole("button", { name: "Versturen" });
    this.closeButton = this.dialog.getByRole("button", { name: "Sluiten" });
    this.attachments = this.dialog.getByRole("list", { name: "Bijlagen" });
  }

  async write(subject: string, body: string): Promise<void> {
    await this.subject.fill(subject);
    await this.body.fill(body);
  }

  /** The plus (+): opens the attachment pop-up. */
  async addAttachments(): Promise<AttachmentDialog> {
    await this.addAttachmentButton.click();
    return new AttachmentDialog(this.page);
  }

  async send(): Promise<void> {
    await this.sendButton.click();
  }

  /** Staff: who the message goes to ("Alle cliënten van dit dossier", "Alleen de cliënten die ik kies"). */
  audience(name: string): Locator {
    return this.dialog.getByRole("radio", { name });
  }

  /** Staff, with "Alleen de cliënten die ik kies": one client of the dossier. */
  recipient(name: string): Locator {
    return this.dialog.getByRole("checkbox", { name });
  }
}
