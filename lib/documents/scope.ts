import "server-only";
import { and, eq, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { documents, dossierClients } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { qualified as q } from "@/lib/sql";

/**
 * Rows of `documents` this viewer may open. Staff: every document of their office. A client: documents of the
 * dossiers they are linked to, not withdrawn, and of what clients supplied only their own (a co-client may be
 * another person, e.g. an heir, as for messages). The one rule behind the client's lists, download and preview.
 */
export function documentScope(viewer: Viewer): SQL {
  const office = eq(documents.officeId, viewer.officeId);
  if (viewer.role !== "client") return office;
  return and(
    office,
    sql`exists (select 1 from ${dossierClients} where ${q(dossierClients.dossierId)} = ${q(documents.dossierId)} and ${q(dossierClients.userId)} = ${viewer.userId})`,
    isNull(documents.withdrawnAt),
    or(ne(documents.kind, "supplied"), eq(documents.createdById, viewer.userId)),
  )!;
}
