import path from "node:path";
import { sql, type SQL } from "drizzle-orm";
import type { PgDialect } from "drizzle-orm/pg-core";
import type { Database } from "./client";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** Any fixed number: the key of the advisory lock every starting process takes before it migrates. */
const MIGRATION_LOCK = 7_315_002;

/**
 * Applies the committed SQL migrations; idempotent, safe on every start. On PostgreSQL the whole run holds an
 * advisory lock in one transaction, so web servers and workers that start at once migrate one after another
 * (the next finds nothing left to do) instead of colliding on the migrations table.
 */
export async function migrateDatabase(db: Database, kind: "postgres" | "pglite"): Promise<void> {
  if (kind === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(db as Parameters<typeof migrate>[0], { migrationsFolder });
    return;
  }
  const { readMigrationFiles } = await import("drizzle-orm/migrator");
  const migrations = readMigrationFiles({ migrationsFolder });
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    // drizzle's migrator (what `migrate()` runs), on this transaction: its own transaction becomes a savepoint.
    const { dialect, session } = tx as unknown as {
      dialect: PgDialect;
      session: { execute: (query: SQL) => Promise<unknown>; all: (query: SQL) => Promise<unknown[]> };
    };
    const onThisTransaction = {
      execute: (query: SQL) => session.execute(query),
      all: (query: SQL) => session.all(query),
      transaction: (run: Parameters<typeof tx.transaction>[0]) => tx.transaction(run),
    };
    await dialect.migrate(migrations, onThisTransaction as unknown as Parameters<PgDialect["migrate"]>[1], { migrationsFolder });
  });
}
