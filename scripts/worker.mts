// `npm run worker`: the portal's background work (mail and SMS delivery, upload and rate-limit clean-up) in a
// process of its own, for deployments that run it apart from the web servers (set PORTAL_WORKER=off there). Several workers and
// web servers may share one PostgreSQL: each outbox row is claimed by one of them. Stops on SIGINT/SIGTERM.
import { register } from "node:module";

register("./lib/cli/server-only-hook.mjs", import.meta.url);
const { loadConfigOrExit } = await import("./lib/load-config.mts");
const { acquirePgliteLock } = await import("./lib/pglite-lock.mts");
const { openDatabase } = await import("../db/client");
const { closeDb, setProcessDatabase } = await import("../lib/db");
const { migrateDatabase } = await import("../db/migrate");
const { startBackgroundJobs } = await import("../lib/jobs/background");

const config = loadConfigOrExit();
let release = () => {};
if (config.database.kind === "pglite") {
  const lock = acquirePgliteLock(config.dataDir);
  if (!lock.ok) {
    console.error(`The embedded database is in use by the portal server (pid ${lock.pid}), which runs this work itself.`);
    process.exit(1);
  }
  release = lock.release;
}
const handle = await openDatabase(config.database);
setProcessDatabase(handle);
await migrateDatabase(handle.db, config.database.kind);
startBackgroundJobs({ keepAlive: true });
console.log("Klantenportaal worker running: delivering e-mail and SMS, cleaning up abandoned uploads and old rate-limit counters.");

const stop = async () => {
  await closeDb();
  release();
  process.exit(0);
};
process.once("SIGINT", () => void stop());
process.once("SIGTERM", () => void stop());
