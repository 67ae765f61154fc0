// `npm run worker`: the portal's background work (mail and SMS delivery, upload and rate-limit clean-up) in a
// process of its own, for deployments that run it apart from the web servers (set PORTAL_WORKER=off there). Several workers and
// web servers may share one PostgreSQL: each outbox row is claimed by one of them. On SIGINT/SIGTERM it stops
// taking work, lets a delivery round in progress finish, closes the database and exits 0.
import { register } from "node:module";
import { loadEnvironmentFiles } from "./lib/env-files.mts";

loadEnvironmentFiles({ dev: false });
register("./lib/cli/server-only-hook.mjs", import.meta.url);
const { exitOnStartupError, loadConfigOrExit } = await import("./lib/load-config.mts");
const { acquirePgliteLock } = await import("./lib/pglite-lock.mts");
const { openMigratedDatabase } = await import("./lib/prepare.mts");
const { setProcessDatabase } = await import("../lib/db");
const { startBackgroundJobs } = await import("../lib/jobs/background");
const { shutDown } = await import("../lib/shutdown");
const { log } = await import("../lib/log");

const config = loadConfigOrExit();
let release = () => {};
if (config.database.kind === "pglite") {
  const lock = acquirePgliteLock(config.dataDir);
  if (!lock.ok) {
    log.fatal(
      { event: "start.failed" },
      `DATA_DIR: the embedded database is in use by the portal server (pid ${lock.pid}), which runs this work itself`,
    );
    process.exit(1);
  }
  release = lock.release;
}
const handle = await openMigratedDatabase(config).catch(exitOnStartupError);
setProcessDatabase(handle);
startBackgroundJobs({ keepAlive: true });
log.info(
  { event: "worker.running" },
  "Klantenportaal worker running: delivering e-mail and SMS, cleaning up abandoned uploads and old rate-limit counters",
);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  log.info({ event: "worker.stopping", signal }, "worker stopping: finishing the round in progress");
  await shutDown();
  release();
  log.info({ event: "worker.stopped" }, "worker stopped");
  process.exit(0);
};
process.once("SIGINT", () => void stop("SIGINT"));
process.once("SIGTERM", () => void stop("SIGTERM"));
