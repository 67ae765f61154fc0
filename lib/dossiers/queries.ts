import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { dossierClients, dossiers } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";

export type DossierSummary = {
  id: string;
  reference: string;
  title: string;
  status: "open" | "closed";
};

/** The dossiers this client is linked to, in this client's office; open ones first, most recently changed first. */
export async function listDossiersForClient({ viewer }: { viewer: Viewer }): Promise<DossierSummary[]> {
  const db = await getDb();
  return db
    .select({ id: dossiers.id, reference: dossiers.reference, title: dossiers.title, status: dossiers.status })
    .from(dossiers)
    .innerJoin(dossierClients, eq(dossierClients.dossierId, dossiers.id))
    .where(and(eq(dossierClients.userId, viewer.userId), eq(dossiers.officeId, viewer.officeId)))
    .orderBy(desc(dossiers.status), desc(dossiers.updatedAt))
    .limit(100);
}
