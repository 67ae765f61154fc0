import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { documents, messageReads, messages, users } from "@/db/schema";
import { isStaff, type Viewer } from "@/lib/core/viewer";
import { qualified as q } from "@/lib/sql";
import { documentScope } from "@/lib/documents/scope";
import { directionFor, findMessageForViewer, messageScope, threadScope, type Direction } from "./access";
import { audienceColumns, labelOf, type AudienceLabel } from "./audience";

export type { Direction } from "./access";
export type { AudienceLabel } from "./audience";

export type MessageAttachment = { documentId: string; title: string; fileName: string; size: number };

export type ThreadMessage = {
  id: string;
  subject: string;
  body: string;
  createdAt: Date;
  authorName: string;
  direction: Direction;
  /** Incoming and not read by this viewer before this look. */
  unread: boolean;
  attachments: MessageAttachment[];
  /** Not of this conversation: the message a client's answer started it from, shown first for context. */
  answered: boolean;
  /** For a client's own message: someone at the office has opened it ("Gelezen door het kantoor"). */
  readByOffice: boolean;
};

export type MessageThread = {
  /** The message that was opened; replies answer it. */
  id: string;
  /** The conversation's id (its first message's). */
  conversationId: string;
  subject: string;
  dossier: { id: string; reference: string; title: string };
  /** Who the conversation is for: for staff only (null for a client). */
  audience: AudienceLabel | null;
  /** Root first, then every reply in the order they were written. */
  messages: ThreadMessage[];
};

const read = sql<boolean>`(${messageReads.messageId} is not null)`;

/** This viewer's read mark of each message (null: not read), for a LEFT JOIN. */
const readBy = (viewer: Viewer) => and(eq(messageReads.messageId, messages.id), eq(messageReads.userId, viewer.userId));

const threadFields = {
  id: messages.id,
  subject: messages.subject,
  body: messages.body,
  createdAt: messages.createdAt,
  replyToId: messages.replyToId,
  author: { id: users.id, name: users.name, role: users.role },
  read,
  readByStaff: sql<boolean>`exists (select 1 from ${messageReads} sr join ${users} su on su.id = sr.user_id
    where sr.message_id = ${q(messages.id)} and su.role <> 'client')`.mapWith(Boolean),
};

/**
 * A message with its whole conversation and attachments; null when the viewer may not see it. A conversation
 * a client started by answering a message to several clients is preceded by that message, when the viewer may
 * see it. Reading marks nothing, unless `markRead` (the message page: opening a message marks its conversation
 * read for this viewer only, other staff members and co-clients keeping their own marks; only the rows read here,
 * and only those not marked yet).
 */
export async function getMessage({
  viewer,
  messageId,
  markRead = false,
}: {
  viewer: Viewer;
  messageId: string;
  markRead?: boolean;
}): Promise<MessageThread | null> {
  const db = await getDb();
  const opened = await findMessageForViewer(db, viewer, messageId);
  if (!opened) return null;
  const thread = await db
    .select(threadFields)
    .from(messages)
    .innerJoin(users, eq(users.id, messages.authorId))
    .leftJoin(messageReads, readBy(viewer))
    .where(threadScope(viewer, opened))
    .orderBy(asc(messages.createdAt), asc(messages.id))
    .limit(500);
  const answeredId = thread.find((row) => row.id === opened.threadId)?.replyToId;
  const answered = answeredId
    ? await db
        .select(threadFields)
        .from(messages)
        .innerJoin(users, eq(users.id, messages.authorId))
        .leftJoin(messageReads, readBy(viewer))
        .where(and(eq(messages.id, answeredId), messageScope(viewer)))
    : [];
  const rows = [...answered, ...thread];
  const notRead = markRead ? thread.filter((row) => !row.read) : [];
  const [attachments, [audience]] = await Promise.all([
    db
      .select({
        messageId: documents.messageId,
        documentId: documents.id,
        title: documents.title,
        fileName: documents.fileName,
        size: documents.size,
      })
      .from(documents)
      .where(
        and(
          inArray(
            documents.messageId,
            rows.map((row) => row.id),
          ),
          documentScope(viewer),
          isNull(documents.withdrawnAt),
        ),
      )
      .orderBy(asc(documents.createdAt), asc(documents.title)),
    isStaff(viewer) ? db.select(audienceColumns()).from(messages).where(eq(messages.id, opened.id)) : [],
    notRead.length > 0
      ? db
          .insert(messageReads)
          .values(notRead.map((row) => ({ messageId: row.id, userId: viewer.userId })))
          .onConflictDoNothing()
      : null,
  ]);
  return {
    id: opened.id,
    conversationId: opened.threadId,
    subject: opened.subject,
    dossier: opened.dossier,
    audience: audience ? labelOf(audience) : null,
    messages: rows.map(({ author, read, readByStaff, id, subject, body, createdAt }) => {
      const direction = directionFor(viewer, author);
      return {
        id,
        subject,
        body,
        createdAt,
        authorName: author.name,
        direction,
        unread: direction === "incoming" && !read,
        answered: id === answeredId,
        readByOffice: viewer.role === "client" && direction === "outgoing" && readByStaff,
        attachments: attachments
          .filter((attachment) => attachment.messageId === id)
          .map(({ documentId, title, fileName, size }) => ({ documentId, title, fileName, size })),
      };
    }),
  };
}
