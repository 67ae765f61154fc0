import "server-only";
import { and, eq, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { documents, dossierClients, messages } from "@/db/schema";
import type { Viewer } from "@/lib/core/viewer";
import { messageScope } from "@/lib/messages/access";
import { qualified as q } from "@/lib/sql";

/**
 * Rows of `documents` this viewer may open. Staff: every document of their office. A client: documents of the
 * dossiers they are linked to, not withdrawn, of what clients supplied only their own (a co-client may be
 * another person, e.g. an heir, as for messages), and an attachment of a message only when they may see that
 * message (messageScope: its conversation is for the whole dossier or has them among its recipients). The one
 * rule behind the client's lists, unread counts, download and preview.
 */
export function documentScope(viewer: Viewer): SQL {
  const office = eq(documents.officeId, viewer.officeId);
  if (viewer.role !== "client") return office;
  return and(
    office,
    sql`exists (select 1 from ${dossierClients} where ${q(dossierClients.dossierId)} = ${q(documents.dossierId)} and ${q(dossierClients.userId)} = ${viewer.userId})`,
    isNull(documents.withdrawnAt),
    or(ne(documents.kind, "supplied"), eq(documents.createdById, viewer.userId)),
    // The inner `messages` is the attachment's own message, even where the outer query joins `messages` too.
    sql`(${q(documents.messageId)} is null
      or exists (select 1 from ${messages} where ${q(messages.id)} = ${q(documents.messageId)} and ${messageScope(viewer)}))`,
  )!;
}
