import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { dossierClients, dossiers } from "@/db/schema";
import type { Viewer } from "@/lib/core/viewer";
import { qualified as q } from "@/lib/sql";

/**
 * Rows of `dossiers` this viewer may see: staff every dossier of their office; a client only the dossiers of
 * their office they are linked to (checked on every query, so unlinking takes effect at once).
 */
export function dossierScope(viewer: Viewer): SQL {
  const office = eq(dossiers.officeId, viewer.officeId);
  if (viewer.role !== "client") return office;
  return and(
    office,
    sql`exists (select 1 from ${dossierClients} where ${q(dossierClients.dossierId)} = ${q(dossiers.id)} and ${q(dossierClients.userId)} = ${viewer.userId})`,
  )!;
}
