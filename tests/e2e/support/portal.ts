import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { DEMO_LOGINS } from "../../../lib/seed/demo-logins";

export { DEMO_LOGINS };

export async function signIn(page: Page, email: string, password: string = DEMO_LOGINS.password): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

/** axe with WCAG 2.x A/AA rules: no serious or critical violation may remain. */
export async function expectAccessible(page: Page): Promise<void> {
  // Next.js streams metadata: after a client-side navigation the <title> can arrive a moment after the content.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const severe = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(severe, severe.join("\n")).toEqual([]);
}

/**
 * Signs out with the Uitloggen button (the server ends the session) and drops the cookies. Only clearing cookies
 * races requests still on their way (prefetches, refreshes), whose answers can set the session cookie again.
 */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Uitloggen" }).first().click();
  await expect(page).toHaveURL(/\/login/);
  await page.context().clearCookies();
}
