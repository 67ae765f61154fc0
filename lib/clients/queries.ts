import "server-only";
import { and, asc, count, desc, eq, ilike, or, sql } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { dossierClients, dossiers, users } from "@/db/schema";
import type { StaffViewer } from "@/lib/core/viewer";
import { isUuid } from "@/lib/core/ids";
import { pageOf, searchTerm, type Page, type PageRequest } from "@/lib/pagination";
import type { AccountStatus } from "./schema";

export type ClientListItem = {
  id: string;
  name: string;
  email: string;
  status: AccountStatus;
  lastSignInAt: Date | null;
  twoFactor: boolean;
  dossierCount: number;
};

/**
 * One page of the office's clients, by name, optionally filtered on name or e-mail. The dossier count is a
 * correlated sub-select (index dossier_clients_user_idx), so the page costs one query plus the count.
 */
export async function listClients({
  viewer,
  q,
  request,
}: {
  viewer: StaffViewer;
  q?: string | string[];
  request: PageRequest;
}): Promise<Page<ClientListItem>> {
  const term = searchTerm(q);
  const where = and(
    eq(users.officeId, viewer.officeId),
    eq(users.role, "client"),
    term ? or(ilike(users.name, term.pattern), ilike(users.email, term.pattern)) : undefined,
  );
  const db = await getDb();
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        status: users.status,
        lastSignInAt: users.lastSignInAt,
        twoFactor: sql<boolean>`${users.twoFactorMethod} <> 'none'`.mapWith(Boolean),
        dossierCount: sql<number>`(
          select count(*) from ${dossierClients} where ${dossierClients.userId} = ${users.id}
        )`.mapWith(Number),
      })
      .from(users)
      .where(where)
      .orderBy(asc(users.name), asc(users.id))
      .limit(request.limit)
      .offset(request.offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return pageOf(items, total?.n ?? 0, request);
}

export type ClientDetail = {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  locale: "nl" | "en";
  status: AccountStatus;
  lastSignInAt: Date | null;
  twoFactorMethod: "none" | "sms" | "totp";
  createdAt: Date;
  dossiers: { id: string; reference: string; title: string; status: "open" | "closed" }[];
};

/** One client of the staff member's office with their dossiers; null when not this office's client (→ 404). */
export async function getClientForStaff({ viewer, clientId }: { viewer: StaffViewer; clientId: string }): Promise<ClientDetail | null> {
  if (!isUuid(clientId)) return null;
  const db = await getDb();
  const [client] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      phone: users.phone,
      locale: users.locale,
      status: users.status,
      lastSignInAt: users.lastSignInAt,
      twoFactorMethod: users.twoFactorMethod,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(and(eq(users.id, clientId), eq(users.officeId, viewer.officeId), eq(users.role, "client")))
    .limit(1);
  if (!client) return null;
  // A client has a handful of dossiers; the cap only keeps a pathological account from growing the page.
  const linked = await db
    .select({ id: dossiers.id, reference: dossiers.reference, title: dossiers.title, status: dossiers.status })
    .from(dossierClients)
    .innerJoin(dossiers, eq(dossiers.id, dossierClients.dossierId))
    .where(and(eq(dossierClients.userId, client.id), eq(dossiers.officeId, viewer.officeId)))
    .orderBy(desc(dossiers.status), desc(dossiers.updatedAt))
    .limit(100);
  return { ...client, dossiers: linked };
}
