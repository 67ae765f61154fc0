import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { documentReads, documents, dossiers, messageReads, messages, users } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { qualified as q } from "@/lib/sql";

// What is new for one client in a dossier, as correlated subqueries on `dossiers.id`, so a list of dossiers or
// one dossier with its three tab counts stays a single query. Each client has their own marks: a co-client
// opening a document does not make it read for the other.

/** Published documents of this kind, not withdrawn, that this client has not opened yet. */
export function unreadDocumentCount(viewer: Viewer, kind: "correspondence" | "document"): SQL<number> {
  return sql<number>`(select count(*) from ${documents} where ${q(documents.dossierId)} = ${q(dossiers.id)}
    and ${q(documents.officeId)} = ${viewer.officeId} and ${q(documents.kind)} = ${kind} and ${q(documents.withdrawnAt)} is null
    and not exists (select 1 from ${documentReads} where ${q(documentReads.documentId)} = ${q(documents.id)}
      and ${q(documentReads.userId)} = ${viewer.userId}))`.mapWith(Number);
}

/** Messages from the office (incoming for the client) that this client has not opened yet. */
export function unreadMessageCount(viewer: Viewer): SQL<number> {
  return sql<number>`(select count(*) from ${messages} inner join ${users} on ${q(users.id)} = ${q(messages.authorId)}
    where ${q(messages.dossierId)} = ${q(dossiers.id)} and ${q(messages.officeId)} = ${viewer.officeId} and ${q(users.role)} <> 'client'
    and not exists (select 1 from ${messageReads} where ${q(messageReads.messageId)} = ${q(messages.id)}
      and ${q(messageReads.userId)} = ${viewer.userId}))`.mapWith(Number);
}
