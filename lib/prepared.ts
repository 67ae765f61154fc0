import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import type { Viewer } from "@/lib/core/viewer";

// drizzle turns a query's parts into SQL text on every call; for the scoped queries every portal page runs
// (the office, the signed-in account, a dossier with its unread counts, a page of its documents) that cost
// about 0.4 ms of the server's CPU per query, more than running it (issue 12, README "Performance"). These
// queries are built once per database and shape, then only run with their parameters.

/** What `build` makes for a database, made once per database (tests and scripts may open their own). */
export function perDatabase<T>(build: (db: Database) => T): (db: Database) => T {
  const built = new WeakMap<Database, T>();
  return (db) => {
    let value = built.get(db);
    if (value === undefined) built.set(db, (value = build(db)));
    return value;
  };
}

/**
 * What `build` makes for a database and one shape of a query (an order, a filter on or off), made once per
 * database and key; `keyOf` names the shape.
 */
export function perDatabaseAndShape<S, T>(
  keyOf: (shape: S) => string,
  build: (db: Database, shape: S) => T,
): (db: Database, shape: S) => T {
  const shapes = perDatabase(() => new Map<string, T>());
  return (db, shape) => {
    const built = shapes(db);
    const key = keyOf(shape);
    let value = built.get(key);
    if (value === undefined) built.set(key, (value = build(db, shape)));
    return value;
  };
}

/**
 * A value a prepared query receives when it runs (`execute({ [name]: value })`), typed as the value it stands
 * for so that the rules that build conditions (scopes, filters) can take it like any other value.
 */
export function param<T>(name: string): T {
  return sql.placeholder(name) as unknown as T;
}

/**
 * A viewer whose ids are parameters (`userId`, `officeId`), for the scope rules inside a prepared query. The
 * rules read only `role` (which decides the query's shape), `userId` and `officeId`.
 */
export function viewerParams<R extends Viewer["role"]>(role: R): Viewer & { role: R } {
  return { role, userId: param<string>("userId"), officeId: param<string>("officeId") } as Viewer & { role: R };
}
