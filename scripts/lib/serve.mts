// The server behind `npm start`: config check, build when needed, storage, migrations, demo seed, then the
// Next.js server in a child process (scripts/lib/portal-server.mjs, which also tells the app the address of each
// connection). `afterPrepare` lets the e2e server add its fixtures before serving.
import { spawn } from "node:child_process";
import { DEMO_LOGINS } from "../../lib/seed/demo-logins";
import type { Config } from "../../lib/config";
import { buildIfNeeded } from "./build.mts";
import { loadConfigOrExit } from "./load-config.mts";
import { acquirePgliteLock } from "./pglite-lock.mts";
import { prepareDatabase, startStorage } from "./prepare.mts";

export async function serve({ dev, afterPrepare }: { dev: boolean; afterPrepare?: (config: Config) => Promise<void> }) {
  const config = loadConfigOrExit();
  // One process per PGlite folder: refuse while another server or `npm run portal` holds it (released on exit).
  const lock = config.database.kind === "pglite" ? acquirePgliteLock(config.dataDir) : null;
  if (lock && !lock.ok) {
    console.error(`Klantenportaal cannot start: process ${lock.pid} is using the embedded database in ${config.dataDir}; stop it first.`);
    process.exit(1);
  }
  if (!dev) buildIfNeeded();

  const storage = await startStorage(config);
  const { seeded } = await prepareDatabase(config);
  await afterPrepare?.(config);

  const server = spawn(process.execPath, ["scripts/lib/portal-server.mjs", "--port", String(config.port), ...(dev ? ["--dev"] : [])], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, AUTH_SECRET: config.authSecret, NEXT_TELEMETRY_DISABLED: "1" },
  });

  void waitUntilReady(config.port).then(() => {
    console.log(`\nKlantenportaal is ready: ${config.publicUrl}`);
    if (config.mode === "demo") {
      console.log(`Demo mode${seeded ? " (demo office seeded)" : ""}. Log in as`);
      console.log(`  client ${DEMO_LOGINS.client} / ${DEMO_LOGINS.password}`);
      console.log(`  staff  ${DEMO_LOGINS.staff} / ${DEMO_LOGINS.password}`);
      console.log(`Sent e-mail and SMS: ${config.publicUrl}/dev/outbox\n`);
    }
  });

  let stopping = false;
  async function stop(code: number): Promise<never> {
    if (!stopping) {
      stopping = true;
      if (server.exitCode === null) server.kill("SIGTERM");
      await storage?.close();
    }
    process.exit(code);
  }
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  server.on("exit", (code) => void stop(code ?? 0));
}

async function waitUntilReady(port: number): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
