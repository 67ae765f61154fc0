import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { documentReads, documents, dossiers, messageReads, messages } from "@/db/schema";
import type { Viewer } from "@/lib/core/viewer";
import { documentScope } from "@/lib/documents/scope";
import { messageScope } from "@/lib/messages/access";
import { qualified as q } from "@/lib/sql";
import { UNREAD_COUNT_CAP } from "./unread-count";

// What is new for one client in a dossier, as correlated subqueries on `dossiers.id`, so a list of dossiers or
// one dossier with its three tab counts stays a single query. Each client has their own marks: a co-client
// opening a document does not make it read for the other. What is counted is what the client's lists show:
// documentScope and messageScope, the same rules. Each count stops at UNREAD_COUNT_CAP ("99+").

/** How many rows `rows` gives, counted up to UNREAD_COUNT_CAP only (./unread-count.ts). */
function capped(rows: SQL): SQL<number> {
  return sql<number>`(select count(*) from (${rows} limit ${UNREAD_COUNT_CAP}) as capped)`.mapWith(Number);
}

/** Published documents of this kind the client may open that they have not opened yet. */
export function unreadDocumentCount(viewer: Viewer, kind: "correspondence" | "document"): SQL<number> {
  return capped(sql`select 1 from ${documents} where ${q(documents.dossierId)} = ${q(dossiers.id)}
    and ${q(documents.kind)} = ${kind} and ${documentScope(viewer)}
    and not exists (select 1 from ${documentReads} where ${q(documentReads.documentId)} = ${q(documents.id)}
      and ${q(documentReads.userId)} = ${viewer.userId})`);
}

/** Messages the client may see, written by someone else (the office), that this client has not opened yet. */
export function unreadMessageCount(viewer: Viewer): SQL<number> {
  return capped(sql`select 1 from ${messages}
    where ${q(messages.dossierId)} = ${q(dossiers.id)} and ${messageScope(viewer)} and ${q(messages.authorId)} <> ${viewer.userId}
    and not exists (select 1 from ${messageReads} where ${q(messageReads.messageId)} = ${q(messages.id)}
      and ${q(messageReads.userId)} = ${viewer.userId})`);
}
