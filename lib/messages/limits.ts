import "server-only";
import { and, count, eq, gt, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { messages } from "@/db/schema";
import { lockUntilCommit } from "@/lib/sql";
import type { Viewer } from "@/lib/core/viewer";
import { UserError } from "@/lib/core/errors";

/** How many messages one person may send in any rolling hour. */
export const MESSAGES_PER_HOUR = { client: 20, staff: 200 } as const;

/**
 * Takes the author's send lock for the rest of the caller's transaction, so that sends of one person are
 * counted one after another (two at once cannot both slip under the limit); other people are not held up.
 */
export async function lockAuthorSends(tx: Executor, viewer: Viewer): Promise<void> {
  await lockUntilCommit(tx, `message_send:${viewer.userId}`);
}

/**
 * Refuses (`messages.too_many`, nothing written) a message over the author's hourly limit: counted from the
 * messages they wrote in the last hour, so a repeated send that finds its first message never counts twice.
 * Call it after `lockAuthorSends`.
 */
export async function ensureUnderSendLimit(tx: Executor, viewer: Viewer): Promise<void> {
  const limit = viewer.role === "client" ? MESSAGES_PER_HOUR.client : MESSAGES_PER_HOUR.staff;
  const [sent] = await tx
    .select({ n: count() })
    .from(messages)
    .where(and(eq(messages.authorId, viewer.userId), gt(messages.createdAt, sql`now() - interval '1 hour'`)));
  if ((sent?.n ?? 0) >= limit) throw new UserError("messages.too_many");
}
