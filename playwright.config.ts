import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
export const baseURL = `http://localhost:${port}`;

// Debian's Chromium; Playwright's own browser download does not work on these machines.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  outputDir: `test-results/${port}`,
  timeout: 60_000,
  use: { baseURL, trace: "off", launchOptions },
  projects: [
    // Where docs/client-manual.md (M-DEV) has a laptop and a phone version of a flow, each has its own file: *.desktop.spec.ts and
    // *.phone.spec.ts. Staff work at a desk: the /admin flows run on the desktop project; clients' pages on both.
    { name: "desktop", use: { ...devices["Desktop Chrome"], locale: "nl-NL", launchOptions }, testIgnore: /\.phone\.spec\.ts$/ },
    {
      name: "mobile",
      use: { ...devices["Pixel 7"], locale: "nl-NL", launchOptions },
      testIgnore: /(admin-.*|\.desktop)\.spec\.ts$/,
    },
  ],
  webServer: {
    command: "node_modules/.bin/tsx scripts/e2e-server.mts",
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      PORTAL_PUBLIC_URL: baseURL,
      DATA_DIR: `.data/e2e-${port}`,
      S3_EMBEDDED_PORT: String(port + 100),
      PORTAL_MODE: "demo",
      // As behind one reverse proxy: a test sets X-Forwarded-For as that proxy would, so that it comes from an
      // address of its own (per-IP sign-in delay, set-password limits). tests/e2e/client-ip.desktop.spec.ts also starts a
      // server with 0, the default.
      TRUSTED_PROXY_HOPS: "1",
    },
  },
});
