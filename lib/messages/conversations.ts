import "server-only";
import { and, count, desc, eq, exists, ilike, inArray, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/lib/db";
import type { Database } from "@/db/client";
import { isUuid } from "@/lib/core/ids";
import { param, perDatabase, viewerParams } from "@/lib/prepared";
import { conversationAssignments, conversations, documents, dossiers, messageReads, messages, users } from "@/db/schema";
import { qualified as q } from "@/lib/sql";
import { isStaff, type StaffViewer, type Viewer } from "@/lib/core/viewer";
import { pageOf, searchTerm, type Page, type PageRequest } from "@/lib/pagination";
import { conversationScope, directionFor, messageScope, visibleDossierQuery, type Direction } from "./access";
import { audienceColumns, labelOf, type AudienceLabel } from "./audience";

// Conversations (threads) as rows, for the client's Berichten tab, the staff's dossier tab and the office inbox:
// a page of the conversations this viewer may see (conversationScope, the rule of messageScope, so a co-client
// never sees another's conversation, nor learns it exists), each described from its messages in one grouped
// query, plus one count. A conversation is open while a client wrote its last message, answered once the office did.

export type ConversationState = "open" | "answered";
export const INBOX_FILTERS = ["open", "answered", "all"] as const;
export type InboxFilter = (typeof INBOX_FILTERS)[number];

export type Conversation = {
  /** The conversation's id: its first message's. */
  id: string;
  /** The first message's subject. */
  subject: string;
  /** The newest message: where the row links to, so Beantwoorden answers it. */
  lastMessage: { id: string; createdAt: Date; authorName: string; direction: Direction };
  /** Everyone who wrote in it, by name. */
  participants: string[];
  messageCount: number;
  /** Messages for this viewer (from the other side) not opened yet. */
  unreadCount: number;
  /** Documents attached to its messages (not withdrawn). */
  attachmentCount: number;
  state: ConversationState;
  dossier: { id: string; reference: string; title: string };
  /** For staff only (null for a client): who it is for, and who at the office has taken it. */
  audience: AudienceLabel | null;
  assignedTo: string | null;
};

const assignee = alias(users, "assignee");

/** Ordered aggregates: the value of the newest (or first) message of the group. */
const newest = <T>(column: SQL | AnyColumn) => sql<T>`(array_agg(${column} order by ${messages.createdAt} desc, ${messages.id} desc))[1]`;
const first = <T>(column: SQL | AnyColumn) => sql<T>`(array_agg(${column} order by ${messages.createdAt} asc, ${messages.id} asc))[1]`;
const lastAt = sql`max(${messages.createdAt})`;

function grouped(viewer: Viewer) {
  const incoming = viewer.role === "client" ? sql`${messages.authorId} <> ${viewer.userId}` : sql`${users.role} = 'client'`;
  return {
    id: messages.threadId,
    subject: first<string>(messages.subject),
    lastId: newest<string>(messages.id),
    lastAt: lastAt.mapWith(messages.createdAt),
    lastAuthorId: newest<string>(sql`${users.id}`),
    lastAuthorName: newest<string>(sql`${users.name}`),
    lastAuthorRole: newest<Viewer["role"]>(sql`${users.role}::text`),
    participants: sql<string[]>`array_agg(distinct ${users.name})`,
    messageCount: count(),
    unreadCount: sql<number>`count(*) filter (where ${incoming} and ${messageReads.messageId} is null)`.mapWith(Number),
    attachmentCount: sql<number>`coalesce(sum((select count(*) from ${documents} where ${documents.messageId} = ${q(messages.id)}
      and ${documents.withdrawnAt} is null)), 0)`.mapWith(Number),
    dossier: { id: dossiers.id, reference: dossiers.reference, title: dossiers.title },
    assignedTo: assignee.name,
    ...audienceColumns(),
  };
}

/**
 * The queries behind a list of conversations: those of `where` (on `conversations`, within conversationScope),
 * newest activity first, one page (`limit`, `offset`), and their number. The page is read from the
 * conversations' index (one row per conversation, kept by the database: db/schema.ts), then only its
 * conversations are described in full from their messages: grouping every message of an office or a dossier on
 * each view was most of the cost of these lists (issue 12).
 */
function conversationQueries(db: Database, viewer: Viewer, where: SQL | undefined, page: { limit: number; offset: number }) {
  const pageIds = db
    .select({ id: conversations.threadId })
    .from(conversations)
    .where(where)
    .orderBy(desc(conversations.lastMessageAt), desc(conversations.threadId))
    .limit(page.limit)
    .offset(page.offset);
  const counted = db.select({ n: count() }).from(conversations).where(where);
  const rows = db
    .select(grouped(viewer))
    .from(messages)
    .innerJoin(users, eq(users.id, messages.authorId))
    .innerJoin(dossiers, eq(dossiers.id, messages.dossierId))
    .leftJoin(messageReads, and(eq(messageReads.messageId, messages.id), eq(messageReads.userId, viewer.userId)))
    .leftJoin(conversationAssignments, eq(conversationAssignments.threadId, messages.threadId))
    .leftJoin(assignee, eq(assignee.id, conversationAssignments.assignedToId))
    .where(and(messageScope(viewer), inArray(messages.threadId, pageIds)))
    .groupBy(messages.threadId, messages.audience, dossiers.id, assignee.name)
    .orderBy(desc(lastAt), desc(messages.threadId));
  return { rows, counted };
}

type ConversationRow = Awaited<ReturnType<typeof conversationQueries>["rows"]>[number];

function conversationPage(viewer: Viewer, rows: ConversationRow[], total: number, page: PageRequest): Page<Conversation> {
  const items: Conversation[] = rows.map((row) => ({
    id: row.id,
    subject: row.subject,
    lastMessage: {
      id: row.lastId,
      createdAt: row.lastAt,
      authorName: row.lastAuthorName,
      direction: directionFor(viewer, { id: row.lastAuthorId, role: row.lastAuthorRole }),
    },
    participants: row.participants,
    messageCount: row.messageCount,
    unreadCount: row.unreadCount,
    attachmentCount: row.attachmentCount,
    state: row.lastAuthorRole === "client" ? "open" : "answered",
    dossier: row.dossier,
    audience: isStaff(viewer) ? labelOf(row) : null,
    assignedTo: isStaff(viewer) ? row.assignedTo : null,
  }));
  return pageOf(items, total, page);
}

/** A dossier's conversations for a client or for staff: the dossier check and the list, built once per role (lib/prepared.ts). */
const dossierConversationQueries = perDatabase((db) => {
  const build = (role: Viewer["role"]) => {
    const viewer = viewerParams(role);
    const { rows, counted } = conversationQueries(
      db,
      viewer,
      and(eq(conversations.dossierId, param("dossierId")), conversationScope(viewer)),
      { limit: param("limit"), offset: param("offset") },
    );
    return {
      dossier: visibleDossierQuery(db, viewer, param("dossierId")).prepare(`dossier_of_conversations_${role}`),
      rows: rows.prepare(`dossier_conversations_${role}`),
      counted: counted.prepare(`dossier_conversations_${role}_count`),
    };
  };
  return { client: build("client"), staff: build("staff") };
});

/** A dossier's conversations as this viewer may see them, newest activity first; null when the dossier is not theirs. */
export async function listDossierConversations({
  viewer,
  dossierId,
  page,
}: {
  viewer: Viewer;
  dossierId: string;
  page: PageRequest;
}): Promise<Page<Conversation> | null> {
  if (!isUuid(dossierId)) return null;
  // Staff and admins see the same (their office's); the role decides only the shape of the scope.
  const queries = dossierConversationQueries(await getDb())[viewer.role === "client" ? "client" : "staff"];
  const params = { userId: viewer.userId, officeId: viewer.officeId, dossierId };
  // All three at once (one wait instead of two): the list is within messageScope whatever the check says, and
  // is dropped when the dossier is not the viewer's.
  const [[dossier], rows, [total]] = await Promise.all([
    queries.dossier.execute(params),
    queries.rows.execute({ ...params, limit: page.limit, offset: page.offset }),
    queries.counted.execute(params),
  ]);
  if (!dossier) return null;
  return conversationPage(viewer, rows, total?.n ?? 0, page);
}

/**
 * The office inbox: the office's conversations with clients, newest activity first; open ones (a client wrote
 * last), answered ones or all; optionally only those whose subject, a writer's name or e-mail address, or the
 * dossier's reference or title contains `query`.
 */
export async function listOfficeConversations({
  viewer,
  filter,
  query,
  page,
}: {
  viewer: StaffViewer;
  filter: InboxFilter;
  query?: string;
  page: PageRequest;
}): Promise<Page<Conversation>> {
  const db = await getDb();
  const term = searchTerm(query);
  const matches = term
    ? or(
        exists(
          db
            .select({ one: sql`1` })
            .from(dossiers)
            .where(
              and(
                sql`${dossiers.id} = ${q(conversations.dossierId)}`,
                or(ilike(dossiers.reference, term.pattern), ilike(dossiers.title, term.pattern)),
              ),
            ),
        ),
        exists(
          db
            .select({ one: sql`1` })
            .from(messages)
            .innerJoin(users, eq(users.id, messages.authorId))
            .where(
              and(
                sql`${messages.threadId} = ${q(conversations.threadId)}`,
                or(ilike(users.name, term.pattern), ilike(users.email, term.pattern), ilike(messages.subject, term.pattern)),
              ),
            ),
        ),
      )
    : undefined;
  const state = filter === "all" ? undefined : eq(conversations.lastByClient, filter === "open");
  // Only conversations a client took part in: one the office started that nobody answered is no inbox item.
  const where = and(conversationScope(viewer), eq(conversations.withClient, true), state, matches);
  const { rows, counted } = conversationQueries(db, viewer, where, page);
  const [items, [total]] = await Promise.all([rows, counted]);
  return conversationPage(viewer, items, total?.n ?? 0, page);
}

/** How many of the office's conversations wait for an answer (a client wrote last): the inbox's and home page's number. */
export async function countOpenConversations(viewer: StaffViewer): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(conversations)
    .where(and(conversationScope(viewer), eq(conversations.lastByClient, true)));
  return row?.n ?? 0;
}
