import { expect, test } from "@playwright/test";
import { makePdf } from "../../lib/seed/pdf";
import { DEMO_LOGINS, expectAccessible, signIn } from "./support/portal";

// The demo seed: in dossier 2026-0042 the office wrote "Welkom in het klantenportaal" and the client answered.
const CLIENT_REPLY = "Re: Welkom in het klantenportaal";

test("staff open a client's message from the inbox, reply, and find the reply in the dossier's Berichten tab", async ({ page }) => {
  const answer = `Dank u wel. Wij zien het formulier graag tegemoet. (${Date.now().toString(36)})`;
  await signIn(page, DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);

  await page.getByRole("navigation", { name: "Beheermenu" }).getByRole("link", { name: "Berichten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Berichten" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: CLIENT_REPLY });
  await expect(row).toContainText("Ongelezen");
  await expect(row).toContainText("Jan Jansen");
  await expect(row).toContainText("2026-0042");
  await expect(row).toContainText("Aankoop woning Kerkstraat 1, Voorbeeldstad");
  await expectAccessible(page);

  await row.getByRole("link", { name: CLIENT_REPLY }).click();
  await expect(page.getByRole("heading", { level: 1, name: CLIENT_REPLY })).toBeVisible();
  const thread = page.getByRole("list", { name: "Berichten in dit gesprek" });
  await expect(thread.getByRole("article")).toHaveCount(2);
  await expect(thread.getByRole("article").first()).toContainText("Welkom in het klantenportaal");
  await expect(thread.getByRole("article").first()).toContainText("Uitgaand");
  await expect(thread.getByRole("article").last()).toContainText("Dank u wel, ik heb het formulier gevonden");
  await expect(thread.getByRole("article").last()).toContainText("Inkomend");
  // Jan's answer to a message for the whole dossier is a conversation between him and the office; the message
  // it answers is shown first, marked. The reply below goes to him only.
  await expect(thread.getByRole("article").first()).toContainText("Hierop is geantwoord");
  await expect(page.getByText("Tussen Jan Jansen en het kantoor").first()).toBeVisible();
  await expectAccessible(page);

  // Prefilled without stacking "Re: Re:"; an empty body is refused by the server with the field's message.
  await expect(page.getByLabel("Onderwerp", { exact: true })).toHaveValue(CLIENT_REPLY);
  await page.getByRole("button", { name: "Versturen" }).click();
  const body = page.getByLabel("Bericht", { exact: true });
  await expect(body).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Dit veld is verplicht.")).toBeVisible();

  await body.fill(answer);
  await page.getByRole("button", { name: "Versturen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uw antwoord is verstuurd." })).toBeVisible();
  await expect(thread.getByRole("article")).toHaveCount(3);
  await expect(thread.getByRole("article").last()).toContainText(answer);
  await expect(thread.getByRole("article").last()).toContainText("Van Sanne de Vries");
  await expect(body).toHaveValue("");

  // Opened means read, for this staff member: the inbox no longer marks it.
  await page.getByRole("link", { name: "Terug naar berichten" }).click();
  await expect(page.getByRole("row").filter({ hasText: CLIENT_REPLY })).not.toContainText("Ongelezen");
  await page.getByRole("link", { name: "Ongelezen", exact: true }).click();
  await expect(page.getByText("U heeft alle berichten gelezen.")).toBeVisible();

  // The dossier's Berichten tab lists both directions, the new answer on top as outgoing.
  await page.getByRole("link", { name: "Alle berichten" }).click();
  await page.getByRole("link", { name: CLIENT_REPLY }).click();
  await page.getByRole("link", { name: "Dossier 2026-0042: Aankoop woning Kerkstraat 1, Voorbeeldstad" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Berichten" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Onderdelen van het dossier" }).getByRole("link", { name: "Berichten" }),
  ).toHaveAttribute("aria-current", "page");
  const rows = page.getByRole("row");
  await expect(rows.nth(1)).toContainText(CLIENT_REPLY);
  await expect(rows.nth(1)).toContainText("Uitgaand");
  await expect(rows.nth(1)).toContainText("Sanne de Vries");
  // Jan's answer, incoming; each row says who its conversation is for.
  await expect(rows.filter({ hasText: "Inkomend" }).filter({ hasText: CLIENT_REPLY })).toContainText("Tussen Jan Jansen en het kantoor");
  await expect(rows.nth(1)).toContainText("Tussen Jan Jansen en het kantoor");
  await expect(rows.filter({ hasText: /^Welkom in het klantenportaal/ })).toContainText("Uitgaand");
  await expect(rows.filter({ hasText: /^Welkom in het klantenportaal/ })).toContainText("Aan: alle cliënten van dit dossier");
  await expectAccessible(page);
});

test("staff start a new message from the dossier's Berichten tab", async ({ page }) => {
  const subject = `Conceptakte ${Date.now().toString(36)}`;
  await signIn(page, DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/messages");
  await page.getByRole("link", { name: CLIENT_REPLY }).click();
  await page.getByRole("link", { name: "Dossier 2026-0042: Aankoop woning Kerkstraat 1, Voorbeeldstad" }).click();

  await page.getByRole("button", { name: "Nieuw bericht" }).click();
  const dialog = page.getByRole("dialog", { name: "Nieuw bericht" });
  // Addressed to every client of the dossier, by name.
  await expect(dialog.getByText(/^Aan: .*Jan Jansen/)).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Versturen" }).click();
  await expect(dialog.getByLabel("Onderwerp", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(dialog.getByLabel("Bericht", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await dialog.getByLabel("Onderwerp", { exact: true }).fill(subject);
  await dialog.getByLabel("Bericht", { exact: true }).fill("Beste heer Jansen,\n\nDe conceptakte staat voor u klaar.");
  // An attachment as docs/client-manual.md M-ATT describes it: the plus (+) opens a pop-up, choose the file, upload it with
  // the green button; the file is then shown under the message; then send.
  await dialog.getByRole("button", { name: "Bijlage toevoegen" }).click();
  const attach = page.getByRole("dialog", { name: "Bijlagen toevoegen" });
  await attach.locator("input[type=file]").setInputFiles({
    name: "Conceptakte.pdf",
    mimeType: "application/pdf",
    buffer: makePdf(["Conceptakte", "Dossier 2026-0042"]),
  });
  await attach.getByRole("button", { name: "Uploaden" }).click();
  await expect(attach.getByText("Geüpload en gecontroleerd", { exact: true })).toBeVisible();
  await attach.getByRole("button", { name: "Klaar" }).click();
  await expect(attach).toBeHidden();
  await expect(dialog.getByRole("list", { name: "Bijlagen" })).toContainText("Conceptakte.pdf");
  await dialog.getByRole("button", { name: "Versturen" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "Uw bericht is verstuurd." })).toBeVisible();
  await expect(page.getByRole("row").nth(1)).toContainText(subject);

  await page.getByRole("link", { name: subject }).click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expect(page.getByRole("article")).toContainText("De conceptakte staat voor u klaar.");
  const attachment = page.getByRole("article").getByRole("link", { name: /Conceptakte/ });
  await expect(attachment).toContainText("Conceptakte.pdf");
  await expect(attachment).toHaveAttribute("href", /^\/api\/documents\/[0-9a-f-]{36}\/download$/);
  await expectAccessible(page);
});

test("another office's or a malformed message id is a 404", async ({ page }) => {
  await signIn(page, DEMO_LOGINS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
    const response = await page.goto(`/admin/messages/${id}`);
    expect(response?.status()).toBe(404);
  }
});
