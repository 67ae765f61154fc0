// Opening the database: postgres.js for a PostgreSQL URL, else embedded PGlite in a folder. The process-wide
// handle (chosen by the configuration) is lib/db.ts.
import { mkdirSync } from "node:fs";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** The handle a transaction callback receives; every write helper accepts either. */
export type Executor = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];

export type DatabaseHandle = { db: Database; close: () => Promise<void> };

export type OpenOptions = {
  /** Called with every statement drizzle sends; tests count queries with it (no N+1). */
  onQuery?: (sql: string) => void;
  /** Connections to PostgreSQL (10); tests that look at one session's state use 1. */
  maxConnections?: number;
};

/** Where the database is: PostgreSQL by URL, or embedded PGlite in a folder (":memory:" for none). */
export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dir: string };

export async function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Promise<DatabaseHandle> {
  const logger = options.onQuery ? { logQuery: (query: string) => options.onQuery!(query) } : undefined;
  if (target.kind === "postgres") {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    // JIT off: the portal's queries are short, but the correlated counts of a big dossier have plan costs above
    // jit_above_cost, and compiling them took ~30 ms a query, far more than running them (issue 12's profile).
    // Generic plans: PostgreSQL re-planned the prepared dossier header on every run (its generic plan looked
    // dearer on paper), ~1 ms of planning for 0.6 ms of work; every portal query is keyed by ids, where a
    // generic plan is as good (bench: PostgreSQL CPU per Documenten request 2.3 → 0.6 ms).
    const connection = { jit: "off", plan_cache_mode: "force_generic_plan" };
    const client = postgres(target.url, { max: options.maxConnections ?? 10, onnotice: () => {}, connection });
    // drizzle sends its queries unnamed, so PostgreSQL parses and plans every one again (~2 ms for a dossier
    // header); as named statements each connection prepares a query text once and reuses it (issue 12's bench:
    // +30-60% req/s on the client pages). Transactions keep postgres.js's own (unnamed) statements. Behind
    // PgBouncer, use session pooling or a version with prepared-statement support (1.21+).
    const unsafe = client.unsafe.bind(client);
    client.unsafe = ((query, parameters, queryOptions) =>
      unsafe(query, parameters, { ...queryOptions, prepare: true })) as typeof client.unsafe;
    return { db: drizzle({ client, schema, logger }) as unknown as Database, close: () => client.end({ timeout: 5 }) };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  let client: InstanceType<typeof PGlite>;
  if (target.dir === ":memory:") {
    client = new PGlite();
  } else {
    mkdirSync(target.dir, { recursive: true });
    client = new PGlite(target.dir);
  }
  await client.waitReady;
  return { db: drizzle({ client, schema, logger }) as unknown as Database, close: () => client.close() };
}

export { schema };
