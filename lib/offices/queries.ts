import "server-only";
import { and, count, eq } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { dossiers, users } from "@/db/schema";
import type { StaffViewer } from "@/lib/core/viewer";

export type OfficeOverview = { clients: number; openDossiers: number };

/** Headline numbers of the viewer's office for the staff start page. */
export async function getOfficeOverview({ viewer }: { viewer: StaffViewer }): Promise<OfficeOverview> {
  const db = await getDb();
  const [[clients], [openDossiers]] = await Promise.all([
    db
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.officeId, viewer.officeId), eq(users.role, "client"))),
    db
      .select({ n: count() })
      .from(dossiers)
      .where(and(eq(dossiers.officeId, viewer.officeId), eq(dossiers.status, "open"))),
  ]);
  return { clients: clients?.n ?? 0, openDossiers: openDossiers?.n ?? 0 };
}
