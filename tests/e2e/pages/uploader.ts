import type { Locator } from "@playwright/test";

/**
 * The file uploader, wherever it sits: in the client's and the staff's attachment pop-up, and in the staff's
 * Publiceren panel. Files are chosen, then uploaded with the green button; each gets a progress bar and a result.
 */
export class Uploader {
  readonly fileInput: Locator;
  /** "Geselecteerde bestanden": the files chosen, each with its state. */
  readonly selected: Locator;
  /** The result of each file that arrived and passed the checks. */
  readonly uploaded: Locator;
  /** What a screen reader is told ("… is geüpload en gecontroleerd.", "… is verwijderd."). */
  readonly status: Locator;
  readonly retryButtons: Locator;

  constructor(readonly root: Locator) {
    this.fileInput = root.locator("input[type=file]");
    this.selected = root.getByRole("list", { name: "Geselecteerde bestanden" });
    this.uploaded = root.getByText("Geüpload en gecontroleerd", { exact: true });
    this.status = root.getByRole("status");
    this.retryButtons = root.getByRole("button", { name: /Opnieuw proberen/ });
  }

  /** The green button: "Uploaden", or "2 bestanden uploaden" for more than one. */
  uploadButton(name = "Uploaden"): Locator {
    return this.root.getByRole("button", { name });
  }

  async upload(name = "Uploaden"): Promise<void> {
    await this.uploadButton(name).click();
  }

  progress(fileName: string): Locator {
    return this.root.getByRole("progressbar", { name: `Voortgang van ${fileName}` });
  }

  removeButton(fileName: string): Locator {
    return this.root.getByRole("button", { name: `${fileName} verwijderen` });
  }

  stopButton(fileName: string): Locator {
    return this.root.getByRole("button", { name: `Uploaden van ${fileName} stoppen` });
  }
}
