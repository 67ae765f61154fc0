import { getTableName, sql, type Column, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";

/**
 * `"table"."column"`, always. Drizzle leaves the table name out of columns inside `sql` select fields when a
 * query reads one table, which breaks correlated subqueries that name the outer table's columns.
 */
export function qualified(column: Column): SQL {
  let name = qualifiedNames.get(column);
  if (name === undefined) {
    name = `${quoteIdentifier(getTableName(column.table))}.${quoteIdentifier(column.name)}`;
    qualifiedNames.set(column, name);
  }
  // Raw text is safe here: schema names only, quoted as drizzle quotes them. Building it once per column keeps
  // the scopes' many references cheap to turn into SQL on every request (issue 12's profile).
  return sql.raw(name);
}

const qualifiedNames = new WeakMap<Column, string>();
const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Holds a PostgreSQL advisory lock named `key` until the caller's transaction ends, so work under the same key
 * (one person's sends, one person's notice batch) runs one after another while other keys go on.
 */
export async function lockUntilCommit(tx: Executor, key: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}
