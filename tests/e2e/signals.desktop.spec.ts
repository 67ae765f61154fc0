// Issue 15: `npm start` stops as Docker (PID 1), systemd and pm2 stop it. A signal to any of its processes (npm
// itself, the launcher, the web server) ends all of them within 10 s with exit code 0, frees the ports and leaves
// no process behind, after answering the requests in flight; a launcher killed outright takes its web server with it.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { connect } from "node:net";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { signInThroughApi } from "./support/portal";

test.describe.configure({ timeout: 240_000 });

const port = Number(new URL(baseURL).port) + 6;
const storagePort = port + 100;
const dataDir = `.data/e2e-${port}`;

/** `npm start` in demo mode on its own folder and ports (the embedded database: nothing shared with other tests). */
async function startPortal(): Promise<{ npm: ChildProcess; exited: Promise<number | null>; output: () => string }> {
  rmSync(dataDir, { recursive: true, force: true });
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(DATABASE_URL|TEST_DATABASE_URL|S3_|PORTAL_)/.test(name)),
  );
  const npm = spawn("npm", ["start"], {
    env: {
      ...env,
      PORT: String(port),
      S3_EMBEDDED_PORT: String(storagePort),
      DATA_DIR: dataDir,
      PORTAL_PUBLIC_URL: `http://localhost:${port}`,
    } as unknown as NodeJS.ProcessEnv,
  });
  let output = "";
  npm.stdout!.on("data", (chunk) => (output += chunk));
  npm.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => npm.on("exit", (code) => resolve(code)));
  await expect.poll(() => output.includes('"event":"start.ready"'), { timeout: 180_000, intervals: [250] }).toBe(true);
  return { npm, exited, output: () => output };
}

/** Every process below `pid`, with its command line. */
function descendants(pid: number): Array<{ pid: number; command: string }> {
  const rows = execFileSync("ps", ["-e", "-o", "pid=,ppid=,args="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(.*)$/)!)
    .map(([, child, parent, command]) => ({ pid: Number(child), ppid: Number(parent), command: command! }));
  const found: Array<{ pid: number; command: string }> = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const row of rows.filter((candidate) => candidate.ppid === parent)) {
      found.push({ pid: row.pid, command: row.command });
      queue.push(row.pid);
    }
  }
  return found;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const listening = (onPort: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(onPort, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });

async function expectAllGone(processes: Array<{ pid: number }>): Promise<void> {
  await expect.poll(() => processes.filter((process) => alive(process.pid)).length, { timeout: 10_000 }).toBe(0);
  expect(await listening(port)).toBe(false);
  expect(await listening(storagePort)).toBe(false);
}

test("SIGTERM to the npm start process stops the launcher and the web server within 10 s, exit 0", async () => {
  const { npm, exited, output } = await startPortal();
  const below = descendants(npm.pid!);
  expect(below.some((process) => process.command.includes("portal-server.mjs"))).toBe(true);
  expect(await listening(port)).toBe(true);

  // A request in flight when the signal comes is answered: the 9th failed sign-in of an address is held back 2 s.
  const api = await playwrightRequest.newContext({ baseURL: `http://localhost:${port}` });
  for (let attempt = 1; attempt <= 8; attempt++) await signInThroughApi(api, `niemand-${attempt}@demo.test`, "wrong-password");
  const inFlight = signInThroughApi(api, "niemand-9@demo.test", "wrong-password");
  await new Promise((resolve) => setTimeout(resolve, 500));

  const began = Date.now();
  npm.kill("SIGTERM");
  const answer = await inFlight;
  expect(answer.status).toBe(302);
  expect(answer.took).toBeGreaterThanOrEqual(2_000);
  await api.dispose();
  expect(await exited, output()).toBe(0);
  expect(Date.now() - began).toBeLessThan(10_000);
  await expectAllGone(below);
  expect(output()).toContain('"event":"server.stopped"');
});

test("SIGINT to the web server stops the launcher too", async () => {
  const { npm, exited, output } = await startPortal();
  const below = descendants(npm.pid!);
  const server = below.find((process) => process.command.includes("portal-server.mjs"))!;
  process.kill(server.pid, "SIGINT");
  expect(await exited, output()).toBe(0);
  await expectAllGone([...below, { pid: npm.pid! }]);
});

test("a launcher killed outright (SIGKILL) takes its web server with it", async () => {
  const { npm, output } = await startPortal();
  const below = descendants(npm.pid!);
  const launcher = below.find((process) => process.command.includes("scripts/start.mts"))!;
  process.kill(launcher.pid, "SIGKILL");
  await expectAllGone(below);
  expect(output()).toContain('"reason":"launcher gone"');
  npm.kill("SIGKILL"); // npm itself only waits for its child, which is gone
});
