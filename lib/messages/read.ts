import "server-only";
import { getDb } from "@/lib/db";
import { messageReads, messages } from "@/db/schema";
import type { Viewer } from "@/lib/core/viewer";
import { UserError } from "@/lib/core/errors";
import { findMessageForViewer, threadScope } from "./access";

/**
 * Opening a message marks it and the rest of its conversation read, for this viewer only (other staff members
 * and co-clients keep their own marks), and only what this viewer may see. Idempotent. A message the viewer
 * may not see is `errors.not_found`.
 */
export async function markMessageRead({ viewer, messageId }: { viewer: Viewer; messageId: string }): Promise<void> {
  const db = await getDb();
  const opened = await findMessageForViewer(db, viewer, messageId);
  if (!opened) throw new UserError("errors.not_found");
  const thread = await db.select({ id: messages.id }).from(messages).where(threadScope(viewer, opened));
  await db
    .insert(messageReads)
    .values(thread.map((message) => ({ messageId: message.id, userId: viewer.userId })))
    .onConflictDoNothing();
}
