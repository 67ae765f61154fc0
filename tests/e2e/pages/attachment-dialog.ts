import type { Locator, Page } from "@playwright/test";
import { Uploader } from "./uploader";

export interface DroppedFile {
  name: string;
  type: string;
  text: string;
}

/** The pop-up "Bijlagen toevoegen" that the plus (+) of a new message or an answer opens. */
export class AttachmentDialog extends Uploader {
  readonly browseButton: Locator;
  readonly dropZone: Locator;
  readonly closeButton: Locator;
  readonly doneButton: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    super(page.getByRole("dialog", { name: "Bijlagen toevoegen" }));
    this.browseButton = this.root.getByRole("button", { name: "blader" });
    this.dropZone = this.root.getByText("Sleep bestanden naar dit vak").locator("..");
    this.closeButton = this.root.getByRole("button", { name: "Sluiten" });
    this.doneButton = this.root.getByRole("button", { name: "Klaar" });
    this.alert = this.root.getByRole("alert");
  }

  /** Chooses files with "blader", through the browser's file picker. */
  async browse(files: Parameters<Locator["setInputFiles"]>[0]): Promise<void> {
    const chooser = this.page.waitForEvent("filechooser");
    await this.browseButton.click();
    await (await chooser).setFiles(files);
  }

  /** Drops files onto the drop zone with a real drop event, as a browser does for dragged files. */
  async drop(files: DroppedFile[]): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle((list) => {
      const transfer = new DataTransfer();
      for (const file of list) transfer.items.add(new File([file.text], file.name, { type: file.type }));
      return transfer;
    }, files);
    await this.dropZone.dispatchEvent("dragover", { dataTransfer });
    await this.dropZone.dispatchEvent("drop", { dataTransfer });
  }

  /** "Klaar": back to the message, with what was uploaded. */
  async done(): Promise<void> {
    await this.doneButton.click();
  }
}
