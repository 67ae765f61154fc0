// The two servers the bench measures, each in a process group of its own so that stopping the group also stops
// the `next-server` child (a plain kill of the parent leaves it holding the port).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export const FLOOR_DIR = path.join("bench", "floor");
const NEXT_BIN = "node_modules/next/dist/bin/next";
const TSX_CLI = "node_modules/tsx/dist/cli.mjs";

export type Server = { name: string; origin: string; child: ChildProcess; stop: () => Promise<void> };

/** Throws unless nothing listens on the port (on any address), so a busy port is named before anything starts. */
export async function assertPortFree(port: number): Promise<void> {
  for (const host of ["0.0.0.0", "127.0.0.1", "::"]) {
    await new Promise<void>((resolve, reject) => {
      const probe = createServer();
      probe.once("error", (error: NodeJS.ErrnoException) => {
        if (error.code === "EAFNOSUPPORT" || error.code === "EADDRNOTAVAIL") resolve();
        else reject(new Error(`port ${port} is in use (${host}); pick other ports with --port`));
      });
      probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
    });
  }
}

/** `next build` of the floor app (always: it takes seconds and keeps the floor on the installed Next version). */
export function buildFloor(): void {
  console.log("Building the floor app (next build bench/floor)…");
  const result = spawnSync(process.execPath, [NEXT_BIN, "build", FLOOR_DIR], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build of ${FLOOR_DIR} failed (exit ${result.status})`);
}

function startGroup(name: string, args: string[], env: NodeJS.ProcessEnv, log: string[]): ChildProcess {
  const child = spawn(process.execPath, args, { detached: true, stdio: ["ignore", "pipe", "pipe"], env });
  const keep = (chunk: Buffer) => {
    log.push(chunk.toString());
    if (log.length > 200) log.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.on("exit", (code, signal) => {
    if (code !== 0 && signal !== "SIGTERM") log.push(`[${name} exited: code ${code}, signal ${signal}]`);
  });
  return child;
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 10_000).unref());
    if ((await Promise.race([exited, timeout])) === "timeout") {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  };
}

async function waitForOk(url: string, child: ChildProcess, log: string[], seconds: number): Promise<void> {
  for (let i = 0; i < seconds * 10; i++) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(url, { redirect: "manual" });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer 200 in time. Server output:\n${log.join("").slice(-4000)}`);
}

export async function startFloor(port: number): Promise<Server> {
  const log: string[] = [];
  const child = startGroup(
    "floor",
    [NEXT_BIN, "start", FLOOR_DIR, "--port", String(port)],
    { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    log,
  );
  const origin = `http://127.0.0.1:${port}`;
  await waitForOk(`${origin}/dynamic`, child, log, 60);
  return { name: "floor", origin, child, stop: stopper(child) };
}

// Variables of the portal that would send real e-mail/SMS or point elsewhere: never inherited by the bench server.
const DROPPED_ENV = [
  "RESEND_API_KEY",
  "RESEND_BASE_URL",
  "EMAIL_DRIVER",
  "EMAIL_FROM",
  "VONAGE_API_KEY",
  "VONAGE_API_SECRET",
  "VONAGE_REST_HOST",
  "SMS_DRIVER",
  "S3_ENDPOINT",
  "S3_PUBLIC_URL",
  "S3_ACCESS_KEY_ID",
  "S3_SECRET_ACCESS_KEY",
  "S3_BUCKET",
  "PORTAL_PUBLIC_URL",
  "PORTAL_DEFAULT_OFFICE",
  "TRUSTED_PROXY_HOPS",
  "HEALTH_TOKEN",
  "NEXT_DIST_DIR",
  "NODE_ENV",
];

export type PortalEnv = { port: number; storagePort: number; dataDir: string; databaseUrl: string };

/** The settings `npm start` gets in the bench: demo mode, embedded S3, outbox drivers, the bench database. */
export function portalEnv({ port, storagePort, dataDir, databaseUrl }: PortalEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of DROPPED_ENV) delete env[name];
  return {
    ...env,
    PORTAL_MODE: "demo",
    PORT: String(port),
    PORTAL_PUBLIC_URL: `http://localhost:${port}`,
    S3_EMBEDDED_PORT: String(storagePort),
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(33).toString("base64"),
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

/** `npm start` (scripts/start.mts → scripts/lib/serve.mts → scripts/lib/portal-server.mjs) on a fresh data folder. */
export async function startPortal(env: NodeJS.ProcessEnv): Promise<Server> {
  rmSync(env.DATA_DIR!, { recursive: true, force: true });
  const log: string[] = [];
  const child = startGroup("portal", [TSX_CLI, "scripts/start.mts"], env, log);
  const origin = `http://127.0.0.1:${env.PORT}`;
  await waitForOk(`${origin}/api/health`, child, log, 300);
  return { name: "portal", origin, child, stop: stopper(child) };
}

/** The pids of a process's descendants (children first), from /proc. */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // exited meanwhile
    }
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time (user + system, in clock ticks) used so far by a process and its descendants. */
export function cpuTicks(server: Server): number {
  let ticks = 0;
  for (const pid of [server.child.pid!, ...descendants(server.child.pid!)]) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited meanwhile
    }
  }
  return ticks;
}

/**
 * Waits until a server has finished what an earlier load left behind (answers still being rendered when
 * autocannon stopped): its processes use under 10 % of a core and `busy()` (running queries) reports nothing,
 * twice in a row half a second apart; gives up after 90 s.
 */
export async function settle(server: Server, busy: () => Promise<number> = async () => 0): Promise<void> {
  const deadline = Date.now() + 90_000;
  let quiet = 0;
  let last = cpuTicks(server);
  while (quiet < 2 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = cpuTicks(server);
    const cores = (now - last) / CLOCK_TICKS_PER_SECOND / 0.5;
    last = now;
    quiet = cores < 0.1 && (await busy()) === 0 ? quiet + 1 : 0;
  }
}

/** The Next.js server process under the portal group: the node process running scripts/lib/portal-server.mjs. */
export function portalServerPid(portal: Server): number | null {
  for (const pid of descendants(portal.child.pid!)) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("portal-server.mjs")) return pid;
    } catch {
      // exited meanwhile
    }
  }
  return null;
}

/** Resident memory of a process in bytes (VmRSS), or null once it is gone. */
export function residentBytes(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}
