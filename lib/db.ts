import { count } from "drizzle-orm";
import { openDatabase, type Database, type DatabaseHandle } from "@/db/client";
import { offices } from "@/db/schema";
import { getConfig } from "@/lib/config";

// The process-wide database of lib: every lib function that is not a step of a caller's transaction gets it here
// (steps take the transaction, `tx: Executor`, as their first parameter). Pages and components never see it.

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
    console.error("Health check: database unreachable", error);
    return false;
  }
}
