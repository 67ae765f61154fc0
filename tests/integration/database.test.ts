import { readdirSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { offices } from "@/db/schema";
import { afterEach, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/db/migrate";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { rowsOf } from "../support/rows";

const expectedTables = [
  "audit_events",
  "conversation_assignments",
  "conversations",
  "document_reads",
  "documents",
  "dossier_clients",
  "dossiers",
  "ended_sessions",
  "message_reads",
  "message_recipients",
  "messages",
  "offices",
  "otp_codes",
  "outbox",
  "rate_limits",
  "tokens",
  "uploads",
  "users",
];

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.close();
  database = undefined;
});

async function tables(db: TestDatabase["db"]): Promise<string[]> {
  const rows = await rowsOf<{ table_name: string }>(
    db,
    sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
  );
  return rows.map((row) => row.table_name);
}

describe("migrations", () => {
  it("apply to an empty database, twice without harm, and create every table of the first cut", async () => {
    database = await createTestDatabase({ migrate: false });
    expect(await tables(database.db)).toEqual([]);
    await migrateDatabase(database.db, database.kind);
    await migrateDatabase(database.db, database.kind);
    expect(await tables(database.db)).toEqual(expectedTables);
  });

  it("run from several processes at once on a fresh PostgreSQL database, one after another (issue 15)", async () => {
    database = await createTestDatabase({ migrate: false });
    if (database.kind !== "postgres") return expect(database.kind).toBe("pglite"); // PGlite serves one process
    // Three pools are three sessions, as a web server, a worker and a second web server starting together.
    const others = await Promise.all([1, 2].map(() => openDatabase({ kind: "postgres", url: database!.url! })));
    try {
      await Promise.all([database.db, ...others.map((other) => other.db)].map((db) => migrateDatabase(db, "postgres")));
    } finally {
      await Promise.all(others.map((other) => other.close()));
    }
    expect(await tables(database.db)).toEqual(expectedTables);
    const applied = await rowsOf<{ n: number }>(database.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    expect(applied[0]!.n).toBe(readdirSync(path.join(process.cwd(), "db", "migrations")).filter((name) => name.endsWith(".sql")).length);
  });

  it("create the foreign keys and lookup indexes the pages rely on", async () => {
    database = await createTestDatabase();
    const foreignKeys = await rowsOf<{ table_name: string; n: number }>(
      database.db,
      sql`select tc.table_name, count(*)::int as n from information_schema.table_constraints tc
          where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = 'public' group by tc.table_name`,
    );
    const fkCount = Object.fromEntries(foreignKeys.map((row) => [row.table_name, Number(row.n)]));
    expect(fkCount).toMatchObject({
      users: 1,
      dossiers: 1,
      dossier_clients: 2,
      documents: 5,
      messages: 5,
      message_recipients: 2,
      uploads: 3,
    });
    const indexes = (
      await rowsOf<{ indexname: string }>(database.db, sql`select indexname from pg_indexes where schemaname = 'public'`)
    ).map((row) => row.indexname);
    expect(indexes).toEqual(
      expect.arrayContaining([
        "users_office_email_idx",
        "dossiers_office_reference_idx",
        "documents_dossier_kind_created_idx",
        "messages_dossier_created_idx",
        "outbox_status_next_attempt_idx",
        "audit_events_office_at_idx",
        "offices_hostnames_idx",
      ]),
    );
  });

  it("enforce one account per e-mail address per office", async () => {
    database = await createTestDatabase();
    const { db } = database;
    const { offices, users } = await import("@/db/schema");
    const [a, b] = await db
      .insert(offices)
      .values([
        { slug: "a", name: "A" },
        { slug: "b", name: "B" },
      ])
      .returning();
    await db.insert(users).values({ officeId: a!.id, role: "client", email: "x@example.nl", name: "X" });
    await db.insert(users).values({ officeId: b!.id, role: "client", email: "x@example.nl", name: "X" });
    await expect(db.insert(users).values({ officeId: a!.id, role: "client", email: "x@example.nl", name: "Y" })).rejects.toThrow();
  });
});

describe("the portal's connections", () => {
  it("run without JIT on PostgreSQL: compiling the correlated counts cost more than running them (issue 12)", async () => {
    database = await createTestDatabase({ migrate: false });
    if (database.kind !== "postgres") return expect(database.kind).toBe("pglite"); // PGlite has no JIT at all
    const [row] = await rowsOf<{ jit: string }>(database.db, sql`show jit`);
    expect(row!.jit).toBe("off");
  });

  it("plan a prepared statement once (generic plans): planning the dossier header was most of PostgreSQL's work (issue 12)", async () => {
    database = await createTestDatabase({ migrate: false });
    if (database.kind !== "postgres") return expect(database.kind).toBe("pglite");
    const [row] = await rowsOf<{ plan_cache_mode: string }>(database.db, sql`show plan_cache_mode`);
    expect(row!.plan_cache_mode).toBe("force_generic_plan");
  });
});

describe("the portal's queries on PostgreSQL", () => {
  it("are named prepared statements, so a repeated query is not parsed and planned again (issue 12)", async () => {
    database = await createTestDatabase({ maxConnections: 1 });
    if (database.kind !== "postgres") return expect(database.kind).toBe("pglite");
    await database.db.select({ id: offices.id }).from(offices).where(eq(offices.slug, "none")).limit(1);
    const prepared = await rowsOf<{ statement: string }>(database.db, sql`select statement from pg_prepared_statements`);
    expect(prepared.some((row) => row.statement.includes('from "offices" where "offices"."slug" = $1'))).toBe(true);
  });
});
