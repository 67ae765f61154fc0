import "server-only";
import { and, eq, ne, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { dossiers, messages, users } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { dossierScope } from "@/lib/dossiers/scope";
import { isUuid } from "@/lib/ids";

// The access rules of messages for both roles, as SQL for the WHERE clause of every message query:
// staff see every dossier of their office; a client only the dossiers they are linked to, and in them the
// office's messages and their own (not those of a co-client, who may be a different person, e.g. an heir).

/** Rows of `messages` (joined with their dossier and, as `users`, their author) this viewer may see. */
export function messageScope(viewer: Viewer): SQL {
  const inDossier = and(eq(messages.officeId, viewer.officeId), eq(messages.dossierId, dossiers.id), dossierScope(viewer))!;
  if (viewer.role !== "client") return inDossier;
  return and(inDossier, or(ne(users.role, "client"), eq(messages.authorId, viewer.userId)))!;
}

export type Direction = "incoming" | "outgoing";

/** Incoming for staff: written by a client. Incoming for a client: written by the office. */
export function directionFor(viewer: Viewer, author: { id: string; role: Viewer["role"] }): Direction {
  if (viewer.role !== "client") return author.role === "client" ? "incoming" : "outgoing";
  return author.id === viewer.userId ? "outgoing" : "incoming";
}

/** The dossier, if this viewer may see it; null for anything else (a bad id, another office, not linked). */
export async function findDossierForViewer(db: Executor, viewer: Viewer, dossierId: string) {
  if (!isUuid(dossierId)) return null;
  const [dossier] = await db
    .select({ id: dossiers.id, reference: dossiers.reference, title: dossiers.title })
    .from(dossiers)
    .where(and(eq(dossiers.id, dossierId), dossierScope(viewer)))
    .limit(1);
  return dossier ?? null;
}

/** One message this viewer may see, with its dossier; null otherwise. */
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
    .innerJoin(users, eq(users.id, messages.authorId))
    .where(and(eq(messages.id, messageId), messageScope(viewer)))
    .limit(1);
  return message ?? null;
}

/** Rows of `messages` (joined like for messageScope) in the thread of `opened` that this viewer may see. */
export function threadScope(viewer: Viewer, opened: { id: string; dossier: { id: string } }): SQL {
  return and(sql`${messages.id} in ${threadIds(opened.id)}`, eq(messages.dossierId, opened.dossier.id), messageScope(viewer))!;
}

/**
 * The ids of the whole thread `messageId` belongs to (its root and every reply below it, at any depth), as a
 * subquery. Replies point at the message they answer, so the root is found by walking up, then all answers
 * by walking down; PostgreSQL does both in one recursive query.
 */
function threadIds(messageId: string): SQL {
  return sql`(
    with recursive up as (
      select m.id, m.reply_to_id from messages m where m.id = ${messageId}
      union all
      select p.id, p.reply_to_id from messages p join up on p.id = up.reply_to_id
    ),
    down as (
      select r.id from messages r where r.id in (select id from up where reply_to_id is null)
      union all
      select c.id from messages c join down on c.reply_to_id = down.id
    )
    select id from down
  )`;
}
