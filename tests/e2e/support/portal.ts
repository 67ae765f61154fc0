import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_LOGINS } from "../../../lib/seed/demo-logins";

export { DEMO_LOGINS };

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
 * One sign-in through next-auth's own endpoint, as the login form's action does it; returns how long the answer
 * took (the per-address delay of lib/auth/login-throttle.ts shows in it).
 */
export async function signInThroughApi(api: APIRequestContext, email: string, password: string, headers: Record<string, string> = {}) {
  const { csrfToken } = (await (await api.get("/api/auth/csrf", { headers })).json()) as { csrfToken: string };
  const began = Date.now();
  const response = await api.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: "/" },
    headers,
    maxRedirects: 0,
  });
  return { took: Date.now() - began, status: response.status() };
}
