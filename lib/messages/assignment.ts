import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db";
import type { Executor } from "@/db/client";
import { conversationAssignments, users } from "@/db/schema";
import type { StaffViewer } from "@/lib/core/viewer";
import { UserError } from "@/lib/core/errors";
import { recordAudit } from "@/lib/audit/record";
import { findMessageForViewer } from "./access";

// "Toegewezen aan": a staff member takes a conversation of the office so colleagues see it is being handled, or
// lets it go again. One assignee per conversation; taking it over from a colleague is allowed (and audited).

/** Who at the viewer's office has taken this conversation; null when nobody has. */
export async function getConversationAssignee({
  viewer,
  conversationId,
}: {
  viewer: StaffViewer;
  conversationId: string;
}): Promise<{ id: string; name: string } | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: users.id, name: users.name })
    .from(conversationAssignments)
    .innerJoin(users, eq(users.id, conversationAssignments.assignedToId))
    .where(and(eq(conversationAssignments.threadId, conversationId), eq(conversationAssignments.officeId, viewer.officeId)))
    .limit(1);
  return row ?? null;
}

/** Takes (to "me") or releases (to "nobody") the conversation of `messageId`; another office's message is not found. */
export async function assignConversation(
  tx: Executor,
  input: { viewer: StaffViewer; ip: string | null; messageId: string; to: "me" | "nobody" },
): Promise<{ threadId: string; dossierId: string }> {
  const { viewer } = input;
  const message = await findMessageForViewer(tx, viewer, input.messageId);
  if (!message) throw new UserError("errors.not_found");
  if (input.to === "me") {
    await tx
      .insert(conversationAssignments)
      .values({ threadId: message.threadId, officeId: viewer.officeId, assignedToId: viewer.userId })
      .onConflictDoUpdate({
        target: conversationAssignments.threadId,
        set: { assignedToId: viewer.userId, assignedAt: new Date() },
      });
  } else {
    await tx.delete(conversationAssignments).where(eq(conversationAssignments.threadId, message.threadId));
  }
  await recordAudit(tx, {
    officeId: viewer.officeId,
    actorId: viewer.userId,
    action: input.to === "me" ? "message.assign" : "message.unassign",
    subjectType: "message",
    subjectId: message.threadId,
    dossierId: message.dossier.id,
    ip: input.ip,
  });
  return { threadId: message.threadId, dossierId: message.dossier.id };
}
