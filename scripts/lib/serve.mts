// The launcher behind `npm start`: config check, storage, migrations, demo seed, build when needed, then the
// Next.js server in a child process (scripts/lib/portal-server.mjs, which also tells the app the address of each
// connection). `afterPrepare` lets the e2e server add its fixtures before serving.
//
// Signals: SIGTERM or SIGINT to this process (or to `npm start`, which forwards them) stops the server child and
// then the embedded store, exit 0. The child stops by itself when this process dies, through their IPC channel.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { DEMO_LOGINS } from "../../lib/seed/demo-logins";
import type { Config } from "../../lib/config";
import { log } from "../../lib/log";
import type { EmbeddedS3 } from "../../lib/storage/embedded-server";
import { build, needsBuild } from "./build.mts";
import { exitOnStartupError, loadConfigOrExit } from "./load-config.mts";
import { acquirePgliteLock } from "./pglite-lock.mts";
import { prepareDatabase, startStorage } from "./prepare.mts";
import { assertPortFree } from "../../lib/startup-errors";

/** The server child gets this long to finish its requests and close (it stops itself after 9 s). */
const CHILD_STOP_MS = 9_500;

export async function serve({ dev, afterPrepare }: { dev: boolean; afterPrepare?: (config: Config) => Promise<void> }) {
  const config = loadConfigOrExit();
  let storage: EmbeddedS3 | null = null;
  let child: ChildProcess | null = null;
  let stopping = false;

  async function stop(code: number): Promise<never> {
    if (!stopping) {
      stopping = true;
      if (child && child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const exited = once(child, "exit");
        const late = setTimeout(() => child?.kill("SIGKILL"), CHILD_STOP_MS);
        await exited;
        clearTimeout(late);
      }
      await storage?.close();
    }
    process.exit(code);
  }
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  // One process per PGlite folder: refuse while another server or `npm run portal` holds it (released on exit).
  const lock = config.database.kind === "pglite" ? acquirePgliteLock(config.dataDir) : null;
  if (lock && !lock.ok) {
    log.fatal(
      { event: "start.failed" },
      `DATA_DIR: process ${lock.pid} is using the embedded database in ${config.dataDir}; stop it first`,
    );
    process.exit(1);
  }
  let seeded = false;
  try {
    // The parts that can be wrong first (seconds), the build last (minutes).
    await assertPortFree(config.port, "PORT");
    storage = await startStorage(config);
    ({ seeded } = await prepareDatabase(config));
    await afterPrepare?.(config);
    if (!dev && needsBuild()) {
      log.info({ event: "start.building" }, "building the portal (next build)");
      child = build();
      const [code] = (await once(child, "exit")) as [number | null];
      child = null;
      if (code !== 0) await stop(code ?? 1);
    }
  } catch (error) {
    await storage?.close();
    exitOnStartupError(error);
  }
  if (stopping) return;

  child = spawn(process.execPath, ["scripts/lib/portal-server.mjs", "--port", String(config.port), ...(dev ? ["--dev"] : [])], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: { ...process.env, AUTH_SECRET: config.authSecret, LOG_LEVEL: config.logLevel, NEXT_TELEMETRY_DISABLED: "1" },
  });
  child.on("exit", (code) => void stop(code ?? 1));
  child.on("message", (message: { event?: string }) => {
    if (message.event === "listening") void announceWhenAnswering(config, seeded);
  });
}

/** "ready" only once this launcher's own server (which just said it listens) answers its health check. */
async function announceWhenAnswering(config: Config, seeded: boolean): Promise<void> {
  let healthy = false;
  for (let attempt = 0; attempt < 300 && !healthy; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${config.port}/api/health`, { signal: AbortSignal.timeout(5_000) });
      healthy = response.ok;
    } catch {
      // not answering yet
    }
    if (!healthy) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!healthy) {
    log.error({ event: "start.unhealthy" }, "the web server listens, but /api/health does not answer 200 (the database or the store)");
    return;
  }
  log.info({ event: "start.ready", url: config.publicUrl, mode: config.mode }, `Klantenportaal is ready: ${config.publicUrl}`);
  if (config.mode === "demo") {
    log.info(
      { event: "start.demo", seeded, logins: { client: DEMO_LOGINS.client, staff: DEMO_LOGINS.staff }, password: DEMO_LOGINS.password },
      `demo mode${seeded ? " (demo office seeded)" : ""}: log in as client ${DEMO_LOGINS.client} or staff ${DEMO_LOGINS.staff}, password ${DEMO_LOGINS.password}; sent e-mail and SMS at ${config.publicUrl}/dev/outbox`,
    );
  }
}
