// qualified() renders `"table"."column"` as drizzle would quote it, for the correlated subqueries of the scopes.
import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { documents, dossierClients } from "@/db/schema";
import { qualified } from "@/lib/sql";

describe("qualified", () => {
  it("names the table and the column, quoted, with no parameters", () => {
    const dialect = new PgDialect();
    const query = dialect.sqlToQuery(sql`${qualified(documents.dossierId)} = ${qualified(dossierClients.dossierId)} and x = ${"y"}`);
    expect(query).toMatchObject({ sql: '"documents"."dossier_id" = "dossier_clients"."dossier_id" and x = $1', params: ["y"] });
    // The same column twice: the same text (built once, not shared as one mutable object).
    expect(qualified(documents.dossierId)).not.toBe(qualified(documents.dossierId));
  });
});
