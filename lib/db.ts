import { count } from "drizzle-orm";
import { openDatabase, type Database, type DatabaseHandle } from "@/db/client";
import { offices } from "@/db/schema";
import { getConfig } from "@/lib/config";
import { errorText, log } from "@/lib/log";

// The process-wide database. The one calling convention of lib: a function on the request path gets the database
// here; a step of a caller's transaction takes that transaction (`tx: Executor`) as its first parameter; a
// background job (delivery, clean-up, seeding) takes the handle of the process that runs it (the worker, the CLI,
// or a test playing two workers). Pages and components never see a database handle.

const globalForDb = globalThis as unknown as { portalDb?: Promise<DatabaseHandle> };

/** The process-wide database, opened on first use and kept on globalThis so dev reloads reuse it. */
export async function getDb(): Promise<Database> {
  globalForDb.portalDb ??= openDatabase(getConfig().database);
  return (await globalForDb.portalDb).db;
}

/** For scripts and tests that supply their own handle (the process-wide one is then never opened). */
export function setProcessDatabase(handle: DatabaseHandle): void {
  globalForDb.portalDb = Promise.resolve(handle);
}

export async function closeDb(): Promise<void> {
  const handle = globalForDb.portalDb;
  globalForDb.portalDb = undefined;
  if (handle) await (await handle).close();
}

/** Whether the database answers a query on the portal's own tables (the health check); logs why not. */
export async function databaseAnswers(): Promise<boolean> {
  try {
    await (await getDb()).select({ n: count() }).from(offices);
    return true;
  } catch (error) {
    log.error({ event: "health.database_unreachable", error: errorText(error) }, "health check: database unreachable");
    return false;
  }
}
