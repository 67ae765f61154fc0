import { randomUUID } from "node:crypto";
import type { SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import type { messages } from "@/db/schema";

/** Raw SQL rows on either driver: postgres.js returns an array, PGlite an object with `rows`. */
export async function rowsOf<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

/**
 * A `messages` row written straight to the table, as the first message of its own conversation. `audience`
 * defaults to the whole dossier (an office message); a client's message is between them and the office, so
 * tests that insert one should also insert its `message_recipients` row.
 */
export function messageInsert(
  values: Omit<typeof messages.$inferInsert, "id" | "threadId" | "audience"> & { audience?: "dossier" | "recipients" },
): typeof messages.$inferInsert {
  const id = randomUUID();
  return { id, threadId: id, audience: "dossier", ...values };
}
