import "server-only";
import { sql } from "drizzle-orm";
import { messageRecipients, messages, users } from "@/db/schema";
import { qualified as q } from "@/lib/sql";

// The audience of a message's conversation as staff see it ("Aan: alle cliënten", "Aan: Jan Jansen",
// "Tussen Jan Jansen en het kantoor"), as columns of a query on `messages`. Who may see what is decided in
// access.ts (messageScope); this only describes it. Clients are never given these names.

export type AudienceLabel =
  | { kind: "dossier" }
  | {
      kind: "recipients";
      /** The clients of the conversation, by name. */
      names: string[];
      /** A client started it (a conversation between that client and the office), else the office chose them. */
      startedByClient: boolean;
    };

function parseNames(value: unknown): string[] {
  const list = typeof value === "string" ? JSON.parse(value) : value;
  return Array.isArray(list) ? list.map(String) : [];
}

/** Select fields for `labelOf`: the audience column, the recipients' names, whether a client started it. */
export function audienceColumns() {
  return {
    audience: messages.audience,
    recipientNames: sql<string[]>`(select coalesce(json_agg(ru.name order by ru.name), '[]'::json) from ${messageRecipients} mr
      join ${users} ru on ru.id = mr.user_id where mr.thread_id = ${q(messages.threadId)})`.mapWith(parseNames),
    // A scalar subquery, looked up per conversation: as EXISTS, PostgreSQL may hash the first message of every
    // conversation of the office instead (7 ms of the 25-conversation inbox page, issue 12).
    startedByClient: sql<boolean>`coalesce((select ra.role = 'client' from ${messages} root join ${users} ra on ra.id = root.author_id
      where root.id = ${q(messages.threadId)}), false)`.mapWith(Boolean),
  };
}

export function labelOf(row: { audience: "dossier" | "recipients"; recipientNames: string[]; startedByClient: boolean }): AudienceLabel {
  if (row.audience === "dossier") return { kind: "dossier" };
  return { kind: "recipients", names: row.recipientNames, startedByClient: row.startedByClient };
}
