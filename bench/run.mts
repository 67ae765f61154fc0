// `npm run bench`: seeds a large office in its own PostgreSQL database, builds and starts the portal as
// `npm start` does, next to a bare Next.js app (the floor, bench/floor), and measures both with autocannon in the
// same run. Prints a table, writes bench/results/<date>.json and exits 1 when a page fails or a budget
// (bench/budgets.json) is missed. See README.md, "Performance".
import { once } from "node:events";
import { execFileSync } from "node:child_process";
import postgres from "postgres";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseConfig } from "../lib/config";
import { createStorage } from "../lib/storage/client";
import { putObject } from "../lib/storage/objects";
import { build, needsBuild } from "../scripts/lib/build.mts";
import { checkBudgets, readBudgets, type LighthouseScores } from "./lib/budgets.mts";
import { CASES, FLOOR_DYNAMIC, selectCases, type Case, type Who } from "./lib/cases.mts";
import { CookieJar } from "./lib/cookie-jar.mts";
import { prepareBenchDatabase } from "./lib/database.mts";
import { runFilesCase, type FilesResult } from "./lib/files.mts";
import { runLighthouse } from "./lib/lighthouse.mts";
import { PROFILE_DIR, profileCase, profilerEnv, summarizeProfile } from "./lib/profile.mts";
import { checkCase, measureCase, warmUp, type LoadSettings, type Measurement } from "./lib/measure.mts";
import { assertPortFree, buildFloor, portalEnv, portalServerPid, settle, startFloor, startPortal, type Server } from "./lib/processes.mts";
import { budgetTable, lighthouseTable, measurementTable, ratiosToFloor, writeResults } from "./lib/report.mts";
import { BENCH_LOGINS, DOWNLOAD_PDF, downloadStorageKey, SEED_SIZE, SEED_VERSION } from "./lib/seed.mts";
import { launchChromium, signIn } from "./lib/sign-in.mts";

const USAGE = `Usage: DATABASE_URL=postgres://… npm run bench [-- options]

  --duration <s>      seconds of load per page (default 10)
  --connections <n>   concurrent connections (default 50)
  --warmup <s>        seconds of load before each measurement, not counted (default 2)
  --only <a,b,…>      only these cases (the floor's dynamic page is always measured); names:
                      ${CASES.map((c) => c.name).join(", ")}
  --lighthouse        also Lighthouse (mobile) on the beginscherm, a dossier tab and a message page
  --files            also the big-file case: upload and download a file through the portal and directly
  --file-mb <n>       size of that file in MB (default 1024)
  --profile           after the measurements, load each portal page of the run once more with the CPU
                      profiler on in the Next.js server: .data/bench/profiles/<case>.cpuprofile and a
                      summary per package (not counted in the figures; use with --only)
  --port <n>          first of three ports: portal, its embedded S3 server, floor (default 3710)
`;

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    warmup: { type: "string", default: "2" },
    only: { type: "string" },
    lighthouse: { type: "boolean", default: false },
    files: { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
    "file-mb": { type: "string", default: "1024" },
    port: { type: "string", default: "3710" },
    help: { type: "boolean", default: false },
  },
  allowPositionals: false,
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

function wholeNumber(name: string, raw: string, min: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be a whole number ≥ ${min}, got "${raw}"\n\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

const baseUrl = process.env.DATABASE_URL?.trim();
if (!baseUrl || !/^postgres(ql)?:\/\//.test(baseUrl)) {
  console.error(
    "npm run bench needs DATABASE_URL: a postgres:// URL of a PostgreSQL server (the bench creates its own database\n" +
      "<name>_bench there, drops it first if it exists). For example:\n\n" +
      "  DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal npm run bench\n",
  );
  process.exit(2);
}

const settings: LoadSettings = {
  duration: wholeNumber("duration", values.duration, 1),
  connections: wholeNumber("connections", values.connections, 1),
  warmup: wholeNumber("warmup", values.warmup, 0),
};
const basePort = wholeNumber("port", values.port, 1024);
const filesMb = values.files ? wholeNumber("file-mb", values["file-mb"], 1) : null;
let cases: Case[];
try {
  cases = selectCases(
    values.only
      ? values.only
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
      : null,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

const startedAt = new Date();
const loadBefore = os.loadavg();
const failures: string[] = [];
const servers: Server[] = [];

async function stopAll(): Promise<void> {
  for (const server of servers.reverse()) await server.stop();
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void stopAll().finally(() => process.exit(130)));
}

const step = (text: string) => console.log(`\n▸ ${text}`);

try {
  for (const port of [basePort, basePort + 1, basePort + 2]) await assertPortFree(port);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

step(`Bench database (seed version ${SEED_VERSION})`);
const t = Date.now();
const databaseUrl = await prepareBenchDatabase(baseUrl);
console.log(`  ${new URL(databaseUrl).pathname.slice(1)}: migrated and seeded in ${((Date.now() - t) / 1000).toFixed(1)} s`);

step("Builds");
if (needsBuild()) {
  const [code] = (await once(build(), "exit")) as [number | null];
  if (code !== 0) process.exit(code ?? 1);
}
buildFloor();

// Queries running on the bench database (other than this one): the portal is still busy with an earlier load.
const monitor = postgres(databaseUrl, { max: 1, onnotice: () => {} });
async function runningQueries(): Promise<number> {
  const [row] = await monitor<{ n: number }[]>`
    select count(*)::int as n from pg_stat_activity
    where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`;
  return row?.n ?? 0;
}

const measurements: Measurement[] = [];
let lighthouse: Map<string, LighthouseScores> | null = null;
let files: FilesResult | null = null;
try {
  step("Servers");
  const env = {
    ...portalEnv({ port: basePort, storagePort: basePort + 1, dataDir: path.join(".data", "bench"), databaseUrl }),
    ...(values.profile ? profilerEnv() : {}),
  };
  servers.push(await startFloor(basePort + 2));
  const portal = await startPortal(env);
  servers.push(portal);
  const floor = servers[0]!;
  const config = parseConfig(env);
  await putObject(downloadStorageKey(), DOWNLOAD_PDF, "application/pdf", createStorage(config.storage));
  console.log(`  floor ${floor.origin}, portal ${portal.origin} (storage ${config.storage.endpoint})`);

  step("Signing in (Chromium)");
  const browser = await launchChromium();
  const jars = new Map<Who, CookieJar>();
  try {
    const publicOrigin = config.publicUrl;
    const needs = new Set(cases.map((c) => c.who));
    if (needs.has("client") || values.lighthouse)
      jars.set("client", new CookieJar(await signIn(browser, publicOrigin, BENCH_LOGINS.client, BENCH_LOGINS.password)));
    if (needs.has("staff"))
      jars.set("staff", new CookieJar(await signIn(browser, publicOrigin, BENCH_LOGINS.staff, BENCH_LOGINS.password)));
  } finally {
    await browser.close();
  }
  console.log(`  signed in as ${[...jars.keys()].join(" and ")}`);

  step(`Load: autocannon -c ${settings.connections} -d ${settings.duration} (warm-up ${settings.warmup} s) per page`);
  // A freshly started server runs well below its speed until the JIT has warmed up (the floor went from 158 to
  // 240 req/s over its first 30 s): both servers get the same long warm-up before anything is measured.
  const floorDynamic = CASES.find((c) => c.name === FLOOR_DYNAMIC)!;
  await warmUp(
    [
      { origin: floor.origin, testCase: floorDynamic },
      { origin: portal.origin, testCase: CASES.find((c) => c.name === "login")! },
    ],
    settings,
  );
  for (const testCase of cases) {
    const origin = testCase.server === "floor" ? floor.origin : portal.origin;
    try {
      const server = testCase.server === "floor" ? floor : portal;
      // The floor's dynamic page again right before each portal page (see Measurement.floorBeside).
      const beside =
        testCase.server === "portal" ? await measureCase(floorDynamic, floor.origin, null, settings, () => settle(floor)) : undefined;
      const m = await measureCase(testCase, origin, jars.get(testCase.who) ?? null, settings, () =>
        settle(server, testCase.server === "portal" ? runningQueries : undefined),
      );
      if (beside) m.floorBeside = { requestsPerSecond: beside.requestsPerSecond, latencyP975Ms: beside.latencyP975Ms };
      measurements.push(m);
      if (m.failures > 0)
        failures.push(`${m.name}: ${m.failures} answers other than ${testCase.status} under load (${JSON.stringify(m.statusCounts)})`);
      if (m.requests < settings.connections) {
        failures.push(
          `${m.name}: only ${m.requests} answers in ${m.durationSeconds} s with ${settings.connections} connections; too slow to measure`,
        );
      }
      console.log(
        `  ${testCase.name.padEnd(22)} ${m.requestsPerSecond.toFixed(1).padStart(7)} req/s  p97.5 ${String(m.latencyP975Ms).padStart(5)} ms` +
          (beside ? `  (floor beside it: ${beside.requestsPerSecond.toFixed(1)} req/s, p97.5 ${beside.latencyP975Ms} ms)` : ""),
      );
    } catch (error) {
      failures.push((error as Error).message);
      console.error(`  ${testCase.name.padEnd(22)} FAILED: ${(error as Error).message}`);
    }
  }

  if (values.profile) {
    step(`CPU profiles (${PROFILE_DIR}; not counted in the figures above)`);
    const pid = portalServerPid(portal);
    if (pid === null) failures.push("profile: could not find the Next.js server process (portal-server.mjs)");
    for (const testCase of pid === null ? [] : cases.filter((c) => c.server === "portal")) {
      try {
        const file = await profileCase(pid!, testCase, portal.origin, jars.get(testCase.who) ?? null, settings, () =>
          settle(portal, runningQueries),
        );
        console.log(summarizeProfile(file));
      } catch (error) {
        failures.push(`profile ${testCase.name}: ${(error as Error).message}`);
        console.error(`  ${testCase.name.padEnd(22)} FAILED: ${(error as Error).message}`);
      }
    }
  }

  if (values.lighthouse) {
    step("Lighthouse (mobile)");
    lighthouse = new Map();
    const jar = jars.get("client")!;
    for (const name of ["home", "small-documents", "message"]) {
      const testCase = CASES.find((c) => c.name === name)!;
      try {
        await settle(portal, runningQueries);
        await checkCase(testCase, portal.origin, jar);
        const scores = await runLighthouse(`${config.publicUrl}${testCase.path}`, jar.header());
        lighthouse.set(name, scores);
        console.log(`  ${name.padEnd(22)} performance ${scores.performance}, accessibility ${scores.accessibility}`);
      } catch (error) {
        failures.push(`lighthouse ${name}: ${(error as Error).message}`);
        console.error(`  ${name.padEnd(22)} FAILED: ${(error as Error).message}`);
      }
    }
  }

  if (filesMb !== null) {
    step(`Big file: ${filesMb} MB through the portal and directly to the store`);
    try {
      files = await runFilesCase({ portal, config, databaseUrl, megabytes: filesMb });
      for (const problem of files.problems) failures.push(`files: ${problem}`);
    } catch (error) {
      failures.push(`files: ${(error as Error).message}`);
      console.error(`  FAILED: ${(error as Error).message}`);
    }
  }
} catch (error) {
  failures.push(`bench aborted: ${(error as Error).stack ?? error}`);
} finally {
  await stopAll();
  await monitor.end({ timeout: 5 });
}

const ratios = ratiosToFloor(measurements);
const checks = checkBudgets(readBudgets(), { measurements: new Map(measurements.map((m) => [m.name, m])), lighthouse, files });
const missed = checks.filter((c) => c.result === "miss");
const loadAfter = os.loadavg();

console.log(
  `\nResults (${os.cpus().length} CPUs, load average ${loadBefore[0]!.toFixed(2)} before, ${loadAfter[0]!.toFixed(2)} after; load generator on the same machine)\n`,
);
if (measurements.length > 0) console.log(measurementTable(measurements, ratios));
if (lighthouse && lighthouse.size > 0) console.log(`\n${lighthouseTable(lighthouse)}`);
if (files) console.log(`\n${files.summary}`);
console.log(`\nBudgets (bench/budgets.json)\n\n${budgetTable(checks)}`);

let commit: string | null = null;
try {
  commit = execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8" }).trim();
} catch {
  // not a git checkout
}
const file = writeResults(
  {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    commit,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      memoryBytes: os.totalmem(),
      node: process.version,
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadAfter,
      note: "load generator (autocannon), portal, floor, PostgreSQL and storage on the same machine",
    },
    settings: { ...settings, lighthouse: values.lighthouse, fileMegabytes: filesMb, only: values.only ?? null },
    seed: { version: SEED_VERSION, ...SEED_SIZE },
    measurements: measurements.map((m) => ({ ...m, ratioToFloor: ratios.get(m.name) ?? null })),
    lighthouse: lighthouse ? Object.fromEntries(lighthouse) : null,
    files,
    budgets: checks,
    failures,
  },
  startedAt,
);
console.log(`\nWritten: ${file}`);

if (failures.length > 0) {
  console.error(`\nTHE BENCH RUN FAILED (${failures.length}):`);
  for (const failure of failures) console.error(`  ✗ ${failure}`);
}
if (missed.length > 0) console.error(`\n${missed.length} budget check(s) missed.`);
process.exit(failures.length > 0 || missed.length > 0 ? 1 : 0);
