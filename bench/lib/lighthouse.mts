// `--lighthouse`: Lighthouse 12 (mobile, its default simulated throttling) in Debian's Chromium, signed in as
// the client by sending the session cookie with every request of the page.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type { LighthouseScores } from "./budgets.mts";
import { CHROMIUM_PATH } from "./sign-in.mts";

/** One Lighthouse run, tried once more when Lighthouse itself fails (its trace recording is flaky under load). */
export async function runLighthouse(url: string, cookie: string): Promise<LighthouseScores> {
  try {
    return await runOnce(url, cookie);
  } catch (error) {
    console.warn(`  Lighthouse failed once (${(error as Error).message}); trying again`);
    return runOnce(url, cookie);
  }
}

async function runOnce(url: string, cookie: string): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      extraHeaders: { Cookie: cookie },
    });
    const categories = result?.lhr.categories;
    const score = (name: "performance" | "accessibility") => Math.round((categories?.[name]?.score ?? 0) * 100);
    if (result?.lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.message}`);
    return { performance: score("performance"), accessibility: score("accessibility") };
  } finally {
    chrome.kill();
  }
}
