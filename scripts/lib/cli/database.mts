import { openDatabase, type Database } from "../../../db/client";
import { closeDb, setProcessDatabase } from "../../../lib/db";
import { migrateDatabase } from "../../../db/migrate";
import type { Config } from "../../../lib/config";
import { acquirePgliteLock } from "../pglite-lock.mts";
import { CliError } from "./errors.mts";

/**
 * Runs `work` on the configured database, migrated first. The embedded database is used only while no
 * portal server holds it (PGlite allows one process per data folder); PostgreSQL needs no such care.
 */
export async function withDatabase<T>(config: Config, work: (db: Database) => Promise<T>): Promise<T> {
  let release = () => {};
  if (config.database.kind === "pglite") {
    const lock = acquirePgliteLock(config.dataDir);
    if (!lock.ok) {
      throw new CliError(`the portal server is running (pid ${lock.pid}); stop it first or use DATABASE_URL`);
    }
    release = lock.release;
  }
  try {
    const handle = await openDatabase(config.database);
    setProcessDatabase(handle);
    await migrateDatabase(handle.db, config.database.kind);
    return await work(handle.db);
  } finally {
    await closeDb();
    release();
  }
}
