import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { documents, dossiers, messageReads, messages, users } from "@/db/schema";
import { isStaff, type StaffViewer, type Viewer } from "@/lib/core/viewer";
import { pageOf, type Page, type PageRequest } from "@/lib/pagination";
import { documentScope } from "@/lib/documents/scope";
import { directionFor, findDossierForViewer, findMessageForViewer, messageScope, threadScope, type Direction } from "./access";
import { audienceColumns, labelOf, type AudienceLabel } from "./audience";

export type { Direction } from "./access";
export type { AudienceLabel } from "./audience";

export type InboxFilter = "all" | "unread";

export type InboxMessage = {
  id: string;
  subject: string;
  clientName: string;
  dossier: { id: string; reference: string; title: string };
  createdAt: Date;
  unread: boolean;
  attachmentCount: number;
  audience: AudienceLabel;
};

export type DossierMessage = {
  id: string;
  subject: string;
  authorName: string;
  direction: Direction;
  unread: boolean;
  createdAt: Date;
  attachmentCount: number;
  /** Who the conversation is for: for staff only (null for a client). */
  audience: AudienceLabel | null;
};

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
};

export type MessageThread = {
  /** The message that was opened; replies answer it. */
  id: string;
  subject: string;
  dossier: { id: string; reference: string; title: string };
  /** Who the conversation is for: for staff only (null for a client). */
  audience: AudienceLabel | null;
  /** Root first, then every reply in the order they were written. */
  messages: ThreadMessage[];
};

// Per row, in the same query: how many (not withdrawn) documents are attached.
const attachmentCount =
  sql<number>`(select count(*) from ${documents} where ${documents.messageId} = ${messages.id} and ${documents.withdrawnAt} is null)`.mapWith(
    Number,
  );

const read = sql<boolean>`(${messageReads.messageId} is not null)`;

/** This viewer's read mark of each message (null: not read), for a LEFT JOIN. */
const readBy = (viewer: Viewer) => and(eq(messageReads.messageId, messages.id), eq(messageReads.userId, viewer.userId));

/**
 * The office inbox: messages written by clients in any dossier of the staff member's office, those this staff
 * member has not read first, then newest first. One page query and one count query.
 */
export async function listOfficeInbox({
  viewer,
  filter,
  page,
}: {
  viewer: StaffViewer;
  filter: InboxFilter;
  page: PageRequest;
}): Promise<Page<InboxMessage> & { unreadTotal: number }> {
  const db = await getDb();
  const where = and(messageScope(viewer), eq(users.role, "client"), filter === "unread" ? isNull(messageReads.messageId) : undefined);
  const order = [asc(read), desc(messages.createdAt), desc(messages.id)];
  // The page's ids first, from the narrow rows that decide the order (sorting all of an office's messages with
  // their dossiers and names joined was most of the query's time); then the details of those 25 only.
  const pageIds = db
    .select({ id: messages.id })
    .from(messages)
    .innerJoin(users, eq(users.id, messages.authorId))
    .leftJoin(messageReads, readBy(viewer))
    .where(where)
    .orderBy(...order)
    .limit(page.limit)
    .offset(page.offset);
  const [rows, [totals]] = await Promise.all([
    db
      .select({
        id: messages.id,
        subject: messages.subject,
        clientName: users.name,
        dossier: { id: dossiers.id, reference: dossiers.reference, title: dossiers.title },
        createdAt: messages.createdAt,
        unread: sql<boolean>`(${messageReads.messageId} is null)`,
        attachmentCount,
        ...audienceColumns(),
      })
      .from(messages)
      .innerJoin(users, eq(users.id, messages.authorId))
      .innerJoin(dossiers, and(eq(dossiers.id, messages.dossierId), eq(dossiers.officeId, viewer.officeId)))
      .leftJoin(messageReads, readBy(viewer))
      .where(and(where, inArray(messages.id, pageIds)))
      .orderBy(...order),
    db
      .select({ total: count(), unread: sql<number>`count(*) filter (where ${messageReads.messageId} is null)`.mapWith(Number) })
      .from(messages)
      .innerJoin(users, eq(users.id, messages.authorId))
      .leftJoin(messageReads, readBy(viewer))
      .where(where),
  ]);
  const items = rows.map(({ audience, recipientNames, startedByClient, ...row }) => ({
    ...row,
    audience: labelOf({ audience, recipientNames, startedByClient }),
  }));
  return { ...pageOf(items, totals?.total ?? 0, page), unreadTotal: totals?.unread ?? 0 };
}

/** Both directions of one dossier's messages, newest first; null when the viewer may not see the dossier. */
export async function listDossierMessages({
  viewer,
  dossierId,
  page,
}: {
  viewer: Viewer;
  dossierId: string;
  page: PageRequest;
}): Promise<Page<DossierMessage> | null> {
  const db = await getDb();
  const dossier = await findDossierForViewer(db, viewer, dossierId);
  if (!dossier) return null;
  const where = and(eq(messages.dossierId, dossier.id), messageScope(viewer));
  const [rows, [totals]] = await Promise.all([
    db
      .select({
        id: messages.id,
        subject: messages.subject,
        author: { id: users.id, name: users.name, role: users.role },
        read,
        createdAt: messages.createdAt,
        attachmentCount,
        ...audienceColumns(),
      })
      .from(messages)
      .innerJoin(users, eq(users.id, messages.authorId))
      .leftJoin(messageReads, readBy(viewer))
      .where(where)
      .orderBy(desc(messages.createdAt), desc(messages.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: count() }).from(messages).where(where),
  ]);
  const items = rows.map(({ author, read, audience, recipientNames, startedByClient, ...row }) => {
    const direction = directionFor(viewer, author);
    return {
      ...row,
      authorName: author.name,
      direction,
      unread: direction === "incoming" && !read,
      audience: isStaff(viewer) ? labelOf({ audience, recipientNames, startedByClient }) : null,
    };
  });
  return pageOf(items, totals?.total ?? 0, page);
}

const threadFields = {
  id: messages.id,
  subject: messages.subject,
  body: messages.body,
  createdAt: messages.createdAt,
  replyToId: messages.replyToId,
  author: { id: users.id, name: users.name, role: users.role },
  read,
};

/**
 * A message with its whole conversation and attachments; null when the viewer may not see it. A conversation
 * a client started by answering a message to several clients is preceded by that message, when the viewer may
 * see it. Reading marks nothing.
 */
export async function getMessage({ viewer, messageId }: { viewer: Viewer; messageId: string }): Promise<MessageThread | null> {
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
  ]);
  return {
    id: opened.id,
    subject: opened.subject,
    dossier: opened.dossier,
    audience: audience ? labelOf(audience) : null,
    messages: rows.map(({ author, read, id, subject, body, createdAt }) => {
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
        attachments: attachments
          .filter((attachment) => attachment.messageId === id)
          .map(({ documentId, title, fileName, size }) => ({ documentId, title, fileName, size })),
      };
    }),
  };
}
