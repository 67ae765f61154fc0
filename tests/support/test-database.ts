// A fresh, migrated database per test file: a new PostgreSQL database when TEST_DATABASE_URL or DATABASE_URL
// is set (CI), an in-memory PGlite otherwise.
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle, type OpenOptions } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

/** `url` (PostgreSQL only) lets a test start other processes, e.g. workers, on the same database. */
export type TestDatabase = DatabaseHandle & { kind: "postgres" | "pglite"; url?: string };

export function serverUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

export async function createTestDatabase(options: { migrate?: boolean } & OpenOptions = {}): Promise<TestDatabase> {
  const base = serverUrl();
  if (!base) {
    const handle = await openDatabase({ kind: "pglite", dir: ":memory:" }, options);
    if (options.migrate !== false) await migrateDatabase(handle.db, "pglite");
    return { ...handle, kind: "pglite" };
  }
  const name = `portal_it_${randomBytes(6).toString("hex")}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: "postgres", url: url.toString() }, options);
  if (options.migrate !== false) await migrateDatabase(handle.db, "postgres");
  return {
    kind: "postgres",
    url: url.toString(),
    db: handle.db,
    close: async () => {
      await handle.close();
      const cleanup = postgres(base, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
