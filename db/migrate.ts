import path from "node:path";
import type { Database } from "./client";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** Applies the committed SQL migrations; idempotent, safe on every start. */
export async function migrateDatabase(db: Database, kind: "postgres" | "pglite"): Promise<void> {
  if (kind === "postgres") {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    await migrate(db as Parameters<typeof migrate>[0], { migrationsFolder });
  } else {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(db as Parameters<typeof migrate>[0], { migrationsFolder });
  }
}
