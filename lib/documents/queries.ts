import "server-only";
import { and, asc, count, desc, eq, ilike, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/lib/db";
import type { Database } from "@/db/client";
import { param, perDatabaseAndShape, viewerParams } from "@/lib/prepared";
import { documentReads, documents, messages, users } from "@/db/schema";
import { documentScope } from "./scope";
import type { ClientViewer, StaffViewer, Viewer } from "@/lib/core/viewer";
import { isUuid } from "@/lib/core/ids";
import { pageOf, searchTerm, type Page, type PageRequest } from "@/lib/pagination";
import { NO_DOCUMENT_FILTER, ZIP_MAX_DOCUMENTS, type DocumentListOptions } from "./list-options";
import type { DocumentKind } from "@/lib/uploads/types";

/** What both sides' lists show of a document. */
const listedColumns = {
  id: documents.id,
  title: documents.title,
  fileName: documents.fileName,
  contentType: documents.contentType,
  size: documents.size,
  createdAt: documents.createdAt,
};

export type DocumentRead = { userId: string; name: string; readAt: Date };

export type StaffDocument = {
  id: string;
  title: string;
  fileName: string;
  contentType: string;
  size: number;
  createdAt: Date;
  createdByName: string;
  withdrawnAt: Date | null;
  withdrawnByName: string | null;
  /** The message a supplied document (or an attachment) came with. */
  messageSubject: string | null;
  /** Who opened it, first time each; the page pairs these with the dossier's clients for "not yet". */
  reads: DocumentRead[];
};

const creator = alias(users, "creator");
const withdrawer = alias(users, "withdrawer");

/**
 * One page of a dossier's documents of one kind, newest first, for staff of the dossier's office; withdrawn ones
 * included (marked). Three queries per page whatever its length: the rows, the count, the reads of those rows.
 */
export async function listDocumentsForStaff({
  viewer,
  dossierId,
  kind,
  page,
}: {
  viewer: StaffViewer;
  dossierId: string;
  kind: DocumentKind;
  page: PageRequest;
}): Promise<Page<StaffDocument>> {
  if (!isUuid(dossierId)) return pageOf([], 0, page);
  const db = await getDb();
  const where = and(eq(documents.officeId, viewer.officeId), eq(documents.dossierId, dossierId), eq(documents.kind, kind));
  const [rows, [total]] = await Promise.all([
    db
      .select({
        ...listedColumns,
        createdByName: creator.name,
        withdrawnAt: documents.withdrawnAt,
        withdrawnByName: withdrawer.name,
        messageSubject: messages.subject,
      })
      .from(documents)
      .innerJoin(creator, eq(creator.id, documents.createdById))
      .leftJoin(withdrawer, eq(withdrawer.id, documents.withdrawnById))
      .leftJoin(messages, eq(messages.id, documents.messageId))
      .where(where)
      .orderBy(desc(documents.createdAt), desc(documents.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(documents).where(where),
  ]);
  const reads = await readsOf(
    viewer,
    rows.map((row) => row.id),
  );
  const items = rows.map((row) => ({ ...row, reads: reads.get(row.id) ?? [] }));
  return pageOf(items, total?.n ?? 0, page);
}

/** First reads of the given documents, by clients of the viewer's office, earliest first. */
async function readsOf(viewer: Viewer, documentIds: string[]): Promise<Map<string, DocumentRead[]>> {
  const reads = new Map<string, DocumentRead[]>();
  if (documentIds.length === 0) return reads;
  const db = await getDb();
  const rows = await db
    .select({ documentId: documentReads.documentId, userId: users.id, name: users.name, readAt: documentReads.firstReadAt })
    .from(documentReads)
    .innerJoin(users, eq(users.id, documentReads.userId))
    .where(and(inArray(documentReads.documentId, documentIds), eq(users.officeId, viewer.officeId)))
    .orderBy(asc(documentReads.firstReadAt));
  for (const { documentId, ...read } of rows) reads.set(documentId, [...(reads.get(documentId) ?? []), read]);
  return reads;
}

export type ClientDocument = {
  id: string;
  title: string;
  fileName: string;
  contentType: string;
  size: number;
  createdAt: Date;
  /** Not opened (downloaded or viewed) by this client yet; what the eye shows. Never for what they supplied. */
  unread: boolean;
  /** For Door mij aangeleverd: the message the document came with. */
  message: { id: string; subject: string } | null;
};

const CLIENT_ORDER = {
  newest: [desc(documents.createdAt), desc(documents.id)],
  oldest: [asc(documents.createdAt), asc(documents.id)],
  title: [asc(sql`lower(${documents.title})`), desc(documents.createdAt), desc(documents.id)],
} as const;

type ClientDocumentShape = { sort: DocumentListOptions["sort"]; search: boolean; unreadOnly: boolean };

/** The rows and the count of one shape of the client's list (order, search or not, unread only or not). */
function buildClientDocumentQueries(db: Database, { sort, search, unreadOnly }: ClientDocumentShape) {
  const viewer = viewerParams("client");
  const ownRead = and(eq(documentReads.documentId, documents.id), eq(documentReads.userId, viewer.userId));
  const where = and(
    documentScope(viewer),
    eq(documents.dossierId, param("dossierId")),
    eq(documents.kind, param("kind")),
    search ? ilike(documents.title, param("pattern")) : undefined,
    unreadOnly ? isNull(documentReads.documentId) : undefined,
  );
  const name = `client_documents_${sort}_${search ? "search" : "all"}_${unreadOnly ? "unread" : "any"}`;
  return {
    rows: db
      .select({
        ...listedColumns,
        read: sql<boolean>`(${documentReads.documentId} is not null)`,
        messageId: messages.id,
        messageSubject: messages.subject,
      })
      .from(documents)
      .leftJoin(documentReads, ownRead)
      .leftJoin(messages, eq(messages.id, documents.messageId))
      .where(where)
      .orderBy(...CLIENT_ORDER[sort])
      .limit(param("limit"))
      .offset(param("offset"))
      .prepare(`${name}_rows`),
    count: (unreadOnly
      ? db.select({ n: count() }).from(documents).leftJoin(documentReads, ownRead).where(where)
      : db.select({ n: count() }).from(documents).where(where)
    ).prepare(`${name}_count`),
  };
}

// Built once per shape (lib/prepared.ts): 3 orders × search × unread only, made as clients ask for them.
const clientDocumentQuery = perDatabaseAndShape(
  ({ sort, search, unreadOnly }: ClientDocumentShape) => `${sort}:${search}:${unreadOnly}`,
  buildClientDocumentQueries,
);

/**
 * One page of a dossier's documents of one kind as one client sees them (documentScope), each with this client's
 * own unread mark, narrowed and ordered as the client asked (lib/documents/list-options.ts; newest first by
 * default). Two queries per page whatever its length: the rows and the count.
 */
export async function listDocumentsForClient({
  viewer,
  dossierId,
  kind,
  page,
  options = NO_DOCUMENT_FILTER,
}: {
  viewer: ClientViewer;
  dossierId: string;
  kind: DocumentKind;
  page: PageRequest;
  options?: DocumentListOptions;
}): Promise<Page<ClientDocument>> {
  if (!isUuid(dossierId)) return pageOf([], 0, page);
  const term = options.search ? searchTerm(options.search) : null;
  // What the client supplied is never "unread" to them: the filter does not apply there.
  const unreadOnly = options.unreadOnly && kind !== "supplied";
  const queries = clientDocumentQuery(await getDb(), { sort: options.sort, search: term !== null, unreadOnly });
  const params = { userId: viewer.userId, officeId: viewer.officeId, dossierId, kind, pattern: term?.pattern ?? null };
  const [rows, [total]] = await Promise.all([
    queries.rows.execute({ ...params, limit: page.limit, offset: page.offset }),
    queries.count.execute(params),
  ]);
  const items = rows.map(({ read, messageId, messageSubject, ...row }) => ({
    ...row,
    unread: kind !== "supplied" && !read,
    message: messageId && messageSubject !== null ? { id: messageId, subject: messageSubject } : null,
  }));
  return pageOf(items, total?.n ?? 0, page);
}

/**
 * Alles downloaden: the names of a tab's newest documents (at most ZIP_MAX_DOCUMENTS) as this client sees them;
 * the links come per batch from openDocument, which checks each one again.
 */
export async function listDocumentsForZip({
  viewer,
  dossierId,
  kind,
}: {
  viewer: ClientViewer;
  dossierId: string;
  kind: DocumentKind;
}): Promise<{ id: string; fileName: string }[]> {
  if (!isUuid(dossierId)) return [];
  const db = await getDb();
  return db
    .select({ id: documents.id, fileName: documents.fileName })
    .from(documents)
    .where(and(documentScope(viewer), eq(documents.dossierId, dossierId), eq(documents.kind, kind)))
    .orderBy(...CLIENT_ORDER.newest)
    .limit(ZIP_MAX_DOCUMENTS);
}
