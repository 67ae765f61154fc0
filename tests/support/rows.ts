import { randomUUID } from "node:crypto";
import { eq, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { messageRecipients, messages, users } from "@/db/schema";

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

/**
 * Writes a first message straight to the table with the audience the send rule gives it: a client's message is
 * between that client and the office (audience `recipients` and their recipient row), an office message goes to
 * the whole dossier unless `recipientIds` names the clients. Returns the message's id.
 */
export async function insertFirstMessage(
  db: Database,
  values: Omit<typeof messages.$inferInsert, "id" | "threadId" | "audience">,
  recipientIds?: string[],
): Promise<string> {
  const [author] = await db.select({ role: users.role }).from(users).where(eq(users.id, values.authorId));
  const recipients = author?.role === "client" ? [values.authorId] : recipientIds;
  const row = messageInsert({ ...values, audience: recipients ? "recipients" : "dossier" });
  await db.insert(messages).values(row);
  if (recipients) await db.insert(messageRecipients).values(recipients.map((userId) => ({ threadId: row.id!, userId })));
  return row.id!;
}
