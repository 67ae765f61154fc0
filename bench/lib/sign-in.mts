// Signs in through the real login form in Debian's Chromium (the sign-in is a server action) and returns the
// session cookies as a Cookie header for the load generator.
import { chromium, type Browser } from "@playwright/test";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** The Cookie header of a fresh session of this account (the portal at `origin`, signed in on /login). */
export async function signIn(browser: Browser, origin: string, email: string, password: string): Promise<string> {
  const context = await browser.newContext({ baseURL: origin, locale: "nl-NL" });
  try {
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Wachtwoord").fill(password);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 30_000 });
    const cookies = await context.cookies(origin);
    if (cookies.length === 0) throw new Error(`Signing in as ${email} set no cookie`);
    return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
  } finally {
    await context.close();
  }
}
