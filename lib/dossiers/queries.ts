import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { dossierClients, dossiers, users } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { isUuid } from "@/lib/ids";

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

export type StaffDossier = {
  id: string;
  reference: string;
  title: string;
  status: "open" | "closed";
  clients: { id: string; name: string; email: string }[];
};

/** One dossier of the staff member's office, with its clients; null when it is not this office's (→ 404). */
export async function getDossierForStaff({
  viewer,
  dossierId,
}: {
  viewer: Viewer;
  dossierId: string;
}): Promise<StaffDossier | null> {
  if (!isUuid(dossierId)) return null;
  const db = await getDb();
  const [dossier] = await db
    .select({ id: dossiers.id, reference: dossiers.reference, title: dossiers.title, status: dossiers.status })
    .from(dossiers)
    .where(and(eq(dossiers.id, dossierId), eq(dossiers.officeId, viewer.officeId)))
    .limit(1);
  if (!dossier) return null;
  const clients = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(dossierClients)
    .innerJoin(users, eq(users.id, dossierClients.userId))
    .where(and(eq(dossierClients.dossierId, dossier.id), eq(users.officeId, viewer.officeId)))
    .orderBy(asc(users.name));
  return { ...dossier, clients };
}
