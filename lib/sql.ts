import { getTableName, sql, type Column, type SQL } from "drizzle-orm";

/**
 * `"table"."column"`, always. Drizzle leaves the table name out of columns inside `sql` select fields when a
 * query reads one table, which breaks correlated subqueries that name the outer table's columns.
 */
export function qualified(column: Column): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
