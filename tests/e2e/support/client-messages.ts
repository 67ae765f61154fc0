// Shared steps of the client message tests (client-messages.desktop.spec.ts and client-messages.phone.spec.ts).
import { randomBytes } from "node:crypto";
import { expect, type Locator, type Page, type TestInfo } from "@playwright/test";
import { CLIENT_SIDE } from "../../../scripts/lib/e2e-fixtures.mts";
import { signIn } from "./portal";

// A valid (tiny) JPEG: the server checks the bytes, not just the name.
export const JPEG = Buffer.from(
  "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=",
  "base64",
);

export async function signInFresh(page: Page, email: string): Promise<void> {
  const [a, b, c] = randomBytes(3);
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${a}.${b}.${c}` });
  await signIn(page, email);
  // Only for signing in: on every request it would also reach storage, whose CORS rules do not admit it.
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.setExtraHTTPHeaders({});
}

/** The reader of this project opens the demo dossier's Berichten tab. */
export async function openMessagesTab(page: Page, testInfo: TestInfo): Promise<void> {
  await signInFresh(page, CLIENT_SIDE.readerByProject[testInfo.project.name as "desktop" | "mobile"]);
  await expect(page.getByRole("heading", { name: "Beginscherm", level: 1 })).toBeVisible();
  await page.goto("/dossiers");
  await page.getByRole("link", { name: /Aankoop woning Kerkstraat 1/ }).click();
  await page
    .getByRole("navigation", { name: "Onderdelen van het dossier" })
    .getByRole("link", { name: /^Berichten/ })
    .click();
  await expect(page.getByRole("heading", { name: "Berichten", level: 2 })).toBeVisible();
}

/** Drops files onto the pop-up's drop zone with a real drop event, as a browser does for dragged files. */
export async function dropFiles(zone: Locator, files: { name: string; type: string; text: string }[]): Promise<void> {
  const dataTransfer = await zone.page().evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) transfer.items.add(new File([file.text], file.name, { type: file.type }));
    return transfer;
  }, files);
  await zone.dispatchEvent("dragover", { dataTransfer });
  await zone.dispatchEvent("drop", { dataTransfer });
}
