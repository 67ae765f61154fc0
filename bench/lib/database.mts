// The bench's own database on the server of DATABASE_URL: `<name>_bench`, dropped and created again on every run
// (seeding takes seconds), migrated with the app's migrations, then seeded (bench/lib/seed.mts).
import postgres from "postgres";
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { seedBench } from "./seed.mts";

/** The bench database's URL: the same server and credentials, the database name with `_bench` appended. */
export function benchDatabaseUrl(base: string): string {
  const url = new URL(base);
  const name = url.pathname.slice(1) || "portal";
  url.pathname = `/${name}_bench`;
  return url.toString();
}

export async function prepareBenchDatabase(base: string): Promise<string> {
  const url = benchDatabaseUrl(base);
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z0-9_]+$/i.test(name)) throw new Error(`Unexpected bench database name: ${name}`);
  // Connect to the server's maintenance database to drop and create ours.
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
    await sql.unsafe(`create database "${name}"`);
  } finally {
    await sql.end({ timeout: 5 });
  }
  const handle = await openDatabase({ kind: "postgres", url });
  try {
    await migrateDatabase(handle.db, "postgres");
  } finally {
    await handle.close();
  }
  await seedBench(url);
  return url;
}
