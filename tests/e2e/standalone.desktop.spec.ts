// The container's server without a container engine: a folder assembled with the COPY lines of deploy/Dockerfile's
// last stage (from this build, which Playwright's web server made), started with that stage's ENV and CMD. It must
// migrate a fresh database by itself (instrumentation.ts), serve through scripts/lib/portal-server.mjs with the
// build's configuration, pass the image's HEALTHCHECK and stop on SIGTERM; with a database it cannot reach it must
// exit 1 with one line. PostgreSQL when DATABASE_URL names a server (production mode), else PGlite (demo mode).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { expect, test } from "@playwright/test";
import { openDatabase, type DatabaseTarget } from "../../db/client";
import { startEmbeddedS3, type EmbeddedS3 } from "../../lib/storage/embedded-server";
import { baseURL } from "../../playwright.config";

const distDir = process.env.NEXT_DIST_DIR || ".next";
const port = Number(new URL(baseURL).port) + 4;
const origin = `http://localhost:${port}`;

/** The last stage of the Dockerfile: its instructions, continuation lines joined, comments dropped. */
function runtimeStage(dockerfile: string): string[] {
  const stages: string[][] = [];
  for (const line of dockerfile.replace(/\\\n/g, " ").split("\n")) {
    const instruction = line.trim();
    if (instruction === "" || instruction.startsWith("#")) continue;
    if (/^FROM\s/i.test(instruction)) stages.push([]);
    stages.at(-1)?.push(instruction);
  }
  return stages.at(-1) ?? [];
}

const stage = runtimeStage(readFileSync("deploy/Dockerfile", "utf8"));
const argumentsOf = (keyword: string) =>
  stage.filter((line) => line.startsWith(`${keyword} `)).map((line) => line.slice(keyword.length + 1).trim());
/** A JSON-array instruction (exec form), e.g. CMD ["node", …]. */
const execForm = (text: string) => JSON.parse(text) as string[];
/** A path of the build stage (WORKDIR /app) or of the image (WORKDIR), with this build's dist folder. */
const local = (file: string, root: string) => path.join(root, file.replace(/^\/app\/?/, "").replace(/^(\.\/)?\.next(?=\/|$)/, distDir));

/** Performs the stage's COPY --from=build lines into `folder`. */
function assemble(folder: string): void {
  const copies = argumentsOf("COPY");
  expect(copies.length).toBeGreaterThan(0);
  for (const copy of copies) {
    const words = copy.split(/\s+/);
    expect(words, copy).toContain("--from=build");
    const [source, target] = words.filter((word) => !word.startsWith("--"));
    expect(source, copy).toMatch(/^\/app\//);
    const destination = local(target!, folder);
    mkdirSync(path.dirname(destination), { recursive: true });
    cpSync(local(source!, process.cwd()), destination, { recursive: true, verbatimSymlinks: true });
  }
}

/** The stage's ENV lines (KEY=value pairs). */
function imageEnvironment(): Record<string, string> {
  const pairs = argumentsOf("ENV").flatMap((line) => line.split(/\s+/));
  return Object.fromEntries(pairs.map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]));
}

/** The stage's CMD with node as this process's node and the port moved from 3000. */
function serverCommand(): string[] {
  const [cmd] = argumentsOf("CMD");
  const [program, ...args] = execForm(cmd!);
  expect(program).toBe("node");
  expect(args).toContain("--port");
  return args.map((arg, i) => (args[i - 1] === "--port" ? String(port) : arg));
}

type Server = { child: ChildProcess; output: () => string; exit: Promise<number | null> };

function startServer(folder: string, env: Record<string, string>): Server {
  const child = spawn(process.execPath, serverCommand(), {
    cwd: folder,
    stdio: ["ignore", "pipe", "pipe"],
    // Nothing of this process's environment but PATH: the image's ENV and the given variables.
    env: { PATH: process.env.PATH ?? "", HOME: folder, NODE_ENV: "production", ...imageEnvironment(), ...env },
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exit };
}

async function waitForHealth(server: Server): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (server.child.exitCode !== null) throw new Error(`the standalone server exited (${server.child.exitCode}):\n${server.output()}`);
    const ok = await fetch(`${origin}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the standalone server did not answer /api/health:\n${server.output()}`);
}

/** A fresh PostgreSQL database next to the one DATABASE_URL names, or a PGlite folder. */
async function freshDatabase(folder: string): Promise<{ env: Record<string, string>; target: DatabaseTarget; drop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!base) {
    const dataDir = path.join(folder, "data");
    return {
      env: { PORTAL_MODE: "demo", DATA_DIR: dataDir },
      target: { kind: "pglite", dir: path.join(dataDir, "db") },
      drop: async () => {},
    };
  }
  const name = `portal_e2e_standalone_${port}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    env: {
      PORTAL_MODE: "production",
      DATABASE_URL: url.toString(),
      AUTH_SECRET: randomBytes(33).toString("base64url"),
      // Production refuses the outbox drivers; nothing is queued on an empty database, and nothing could leave.
      EMAIL_FROM: "Portaal <portaal@example.test>",
      RESEND_API_KEY: "re_standalone_test",
      RESEND_BASE_URL: "http://127.0.0.1:9",
      VONAGE_API_KEY: "standalone",
      VONAGE_API_SECRET: "standalone",
      VONAGE_REST_HOST: "http://127.0.0.1:9",
    },
    target: { kind: "postgres", url: url.toString() },
    drop: async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

async function appliedMigrations(target: DatabaseTarget): Promise<number> {
  const handle = await openDatabase(target, { maxConnections: 1 });
  try {
    const rows = (await handle.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)) as unknown as
      { n: number }[] | { rows: { n: number }[] };
    return (Array.isArray(rows) ? rows : rows.rows)[0]!.n;
  } finally {
    await handle.close();
  }
}

test.describe("the image's server (deploy/Dockerfile, last stage), run with node", () => {
  test.describe.configure({ timeout: 180_000 });
  let folder: string;
  let store: EmbeddedS3;
  const running: ChildProcess[] = [];

  test.beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), "portal-standalone-"));
    assemble(path.join(folder, "app"));
    store = await startEmbeddedS3({ port: 0, directory: path.join(folder, "s3"), bucket: "klantenportaal", allowedOrigins: [origin] });
  });

  test.afterAll(async () => {
    for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await store?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const common = () => ({
    PORTAL_PUBLIC_URL: origin,
    S3_ENDPOINT: store.endpoint,
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    LOG_LEVEL: "info",
  });

  test("migrates a fresh database, serves with the build's configuration, passes its HEALTHCHECK, stops on SIGTERM", async () => {
    const database = await freshDatabase(folder);
    try {
      const server = startServer(path.join(folder, "app"), { ...common(), ...database.env });
      running.push(server.child);
      await waitForHealth(server);

      // The details go to this machine only: the address comes from portal-server.mjs's peer header (Next.js's own
      // server.js has none), and the database answers on the portal's tables.
      const health = await fetch(`${origin}/api/health`);
      expect(await health.json()).toMatchObject({ status: "ok", database: "ok", storage: "ok", outbox: { pending: 0 } });

      // The headers of next.config.ts reach the standalone server only through the build's configuration.
      const login = await fetch(`${origin}/login`);
      expect(login.status).toBe(200);
      expect(login.headers.get("strict-transport-security")).toContain("max-age=");
      expect(login.headers.get("x-powered-by")).toBeNull();
      const html = await login.text();
      // The sign-in page looked for the office of this host in the migrated database: there is none yet.
      expect(html).toContain("<title>Inloggen · Klantenportaal</title>");
      expect(html).toContain("Dit portaal is nog niet ingericht.");
      // The COPY lines of the client files: a script the page loads, and a file from public/.
      const script = html.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
      expect(script).toBeTruthy();
      expect((await fetch(`${origin}${script}`)).status).toBe(200);
      expect((await fetch(`${origin}/icons.svg`)).status).toBe(200);

      // The image's HEALTHCHECK command, pointed at this port.
      const [healthcheck] = argumentsOf("HEALTHCHECK");
      const probe = execForm(healthcheck!.slice(healthcheck!.indexOf("CMD ") + 4)).map((arg) => arg.replace(":3000/", `:${port}/`));
      expect(probe[0]).toBe("node");
      // Not spawnSync: the store (s3rver) runs in this process and must answer the health check meanwhile.
      const probeRun = spawn(process.execPath, probe.slice(1), { stdio: "ignore", timeout: 10_000 });
      expect(await new Promise((resolve) => probeRun.once("exit", resolve))).toBe(0);

      server.child.kill("SIGTERM");
      expect(await server.exit).toBe(0);
      expect(server.output()).not.toMatch(/^\s+at /m);

      const journal = JSON.parse(readFileSync("db/migrations/meta/_journal.json", "utf8")) as { entries: unknown[] };
      expect(await appliedMigrations(database.target)).toBe(journal.entries.length);
    } finally {
      await database.drop();
    }
  });

  test("a database it cannot reach: exit code 1 and one line that names DATABASE_URL, no stack trace", async () => {
    const server = startServer(path.join(folder, "app"), {
      ...common(),
      PORTAL_MODE: "demo",
      DATA_DIR: path.join(folder, "unreachable"),
      DATABASE_URL: "postgres://portal@127.0.0.1:1/portal",
    });
    running.push(server.child);
    expect(await server.exit).toBe(1);
    const failures = server
      .output()
      .split("\n")
      .filter((line) => line.includes('"level":60'));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain("DATABASE_URL: cannot reach PostgreSQL at 127.0.0.1:1");
    expect(server.output()).not.toMatch(/^\s+at /m);
  });
});
