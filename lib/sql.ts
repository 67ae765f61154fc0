import { getTableName, sql, type Column, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";

/**
 * `"table"."column"`, always. Drizzle leaves the table name out of columns inside `sql` select fields when a
 * query reads one table, which breaks correlated subqueries that name the outer table's columns.
 */
export function qualified(column: Column): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}

/**
 * Holds a PostgreSQL advisory lock named `key` until the caller's transaction ends, so work under the same key
 * (one person's sends, one person's notice batch) runs one after another while other keys go on.
 */
export async function lockUntilCommit(tx: Executor, key: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}
