import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { conversations, dossierClients, dossiers, messageRecipients, messages } from "@/db/schema";
import type { Viewer } from "@/lib/core/viewer";
import { dossierScope } from "@/lib/dossiers/scope";
import { isUuid } from "@/lib/core/ids";
import { qualified as q } from "@/lib/sql";

// The access rules of messages for both roles, as SQL for the WHERE clause of every message query (lists,
// the message page, read marks, unread counts and, through documentScope, message attachments): staff see
// every message of their office; a client only messages of the dossiers they are linked to whose conversation
// is for the whole dossier or has them among its recipients (docs/authorization.md, "Message audience").
// Written on the `messages` table alone, with qualified names, so it also works as a correlated subquery.

/** Rows of `messages` this viewer may see. */
export function messageScope(viewer: Viewer): SQL {
  return threadRowScope(viewer, messages);
}

/** Rows of `conversations` (one per thread, db/schema.ts) this viewer may see: the same rule as messageScope. */
export function conversationScope(viewer: Viewer): SQL {
  return threadRowScope(viewer, conversations);
}

/** The rule for a table whose rows carry a conversation's office, dossier, audience and thread. */
function threadRowScope(viewer: Viewer, table: typeof messages | typeof conversations): SQL {
  const office = sql`${q(table.officeId)} = ${viewer.officeId}`;
  if (viewer.role !== "client") return office;
  return sql`(${office}
    and exists (select 1 from ${dossierClients} where ${q(dossierClients.dossierId)} = ${q(table.dossierId)}
      and ${q(dossierClients.userId)} = ${viewer.userId})
    and (${q(table.audience)} = 'dossier'
      or exists (select 1 from ${messageRecipients} where ${q(messageRecipients.threadId)} = ${q(table.threadId)}
        and ${q(messageRecipients.userId)} = ${viewer.userId})))`;
}

export type Direction = "incoming" | "outgoing";

/** Incoming for staff: written by a client. Incoming for a client: written by the office. */
export function directionFor(viewer: Viewer, author: { id: string; role: Viewer["role"] }): Direction {
  if (viewer.role !== "client") return author.role === "client" ? "incoming" : "outgoing";
  return author.id === viewer.userId ? "outgoing" : "incoming";
}

/**
 * The query for one dossier if this viewer may see it (no row otherwise); `dossierId` and the viewer's ids may
 * be parameters of a prepared query (lib/prepared.ts).
 */
export function visibleDossierQuery(db: Executor, viewer: Viewer, dossierId: string) {
  return db
    .select({ id: dossiers.id, reference: dossiers.reference, title: dossiers.title })
    .from(dossiers)
    .where(and(eq(dossiers.id, dossierId), dossierScope(viewer)))
    .limit(1);
}

/** The dossier, if this viewer may see it; null for anything else (a bad id, another office, not linked). */
export async function findDossierForViewer(db: Executor, viewer: Viewer, dossierId: string) {
  if (!isUuid(dossierId)) return null;
  const [dossier] = await visibleDossierQuery(db, viewer, dossierId);
  return dossier ?? null;
}

/** One message this viewer may see, with its dossier and conversation; null otherwise. */
export async function findMessageForViewer(db: Executor, viewer: Viewer, messageId: string) {
  if (!isUuid(messageId)) return null;
  const [message] = await db
    .select({
      id: messages.id,
      subject: messages.subject,
      threadId: messages.threadId,
      audience: messages.audience,
      dossier: { id: dossiers.id, reference: dossiers.reference, title: dossiers.title },
    })
    .from(messages)
    .innerJoin(dossiers, eq(dossiers.id, messages.dossierId))
    .where(and(eq(messages.id, messageId), messageScope(viewer)))
    .limit(1);
  return message ?? null;
}

/** Rows of `messages` in the conversation of `opened` that this viewer may see. */
export function threadScope(viewer: Viewer, opened: { threadId: string }): SQL {
  return and(eq(messages.threadId, opened.threadId), messageScope(viewer))!;
}
