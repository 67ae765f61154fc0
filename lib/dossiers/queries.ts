import "server-only";
import { and, asc, count, desc, eq, exists, ilike, inArray, or, type SQL } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { dossierClients, dossiers, users } from "@/db/schema";
import type { ClientViewer, StaffViewer, Viewer } from "@/lib/core/viewer";
import { isUuid } from "@/lib/core/ids";
import { param, perDatabase, viewerParams } from "@/lib/prepared";
import { pageOf, searchTerm, type Page, type PageRequest } from "@/lib/pagination";
import type { DossierStatusFilter } from "./schema";
import { dossierScope } from "./scope";
import { unreadDocumentCount, unreadMessageCount } from "./unread";

export type DossierSummary = {
  id: string;
  reference: string;
  title: string;
  status: "open" | "closed";
};

/** What is new for the client in a dossier, per tab that has unread items (Door mij aangeleverd never has). */
export type UnreadCounts = { correspondence: number; documents: number; messages: number };

export type ClientDossier = DossierSummary & { unread: UnreadCounts };

/** What a client sees of a dossier: its summary and the unread count of each tab. */
function clientDossierFields(viewer: Viewer) {
  return {
    id: dossiers.id,
    reference: dossiers.reference,
    title: dossiers.title,
    status: dossiers.status,
    unread: {
      correspondence: unreadDocumentCount(viewer, "correspondence"),
      documents: unreadDocumentCount(viewer, "document"),
      messages: unreadMessageCount(viewer),
    },
  };
}

/**
 * The dossiers this client is linked to, in this client's office, with their unread counts; open ones first,
 * most recently changed first. One query, however many dossiers.
 */
export async function listDossiersForClient({ viewer }: { viewer: ClientViewer }): Promise<ClientDossier[]> {
  return dossiersForClientQuery(await getDb()).execute({ userId: viewer.userId, officeId: viewer.officeId });
}

// The beginscherm and Dossiers run it on every visit: built once (lib/prepared.ts).
const dossiersForClientQuery = perDatabase((db) => {
  const viewer = viewerParams("client");
  return db
    .select(clientDossierFields(viewer))
    .from(dossiers)
    .where(dossierScope(viewer))
    .orderBy(asc(dossiers.status), desc(dossiers.updatedAt), asc(dossiers.id))
    .limit(100)
    .prepare("dossiers_for_client");
});

// A client's dossier with its three unread counts: the query every tab of the dossier runs, built once
// (lib/prepared.ts).
const dossierForClientQuery = perDatabase((db) => {
  const viewer = viewerParams("client");
  return db
    .select(clientDossierFields(viewer))
    .from(dossiers)
    .where(and(eq(dossiers.id, param("dossierId")), dossierScope(viewer)))
    .limit(1)
    .prepare("dossier_for_client");
});

// The dossier layout and the tab page below it both ask for the same dossier in one request: React's cache
// answers the second call (keyed on the request's cached Viewer object and the id).
const dossierForClient = cache(async (viewer: ClientViewer, dossierId: string): Promise<ClientDossier | null> => {
  if (!isUuid(dossierId)) return null;
  const [dossier] = await dossierForClientQuery(await getDb()).execute({ userId: viewer.userId, officeId: viewer.officeId, dossierId });
  return dossier ?? null;
});

/**
 * One dossier the client is linked to, with the unread count of each tab; null for any other id (another
 * client's, another office's, unlinked since, or no dossier at all), which pages answer with a 404.
 */
export async function getDossierForClient({
  viewer,
  dossierId,
}: {
  viewer: ClientViewer;
  dossierId: string;
}): Promise<ClientDossier | null> {
  return dossierForClient(viewer, dossierId);
}

export type StaffDossier = {
  id: string;
  reference: string;
  title: string;
  status: "open" | "closed";
  clients: { id: string; name: string; email: string }[];
};

// The dossier layout and the tab page below it both ask for the same dossier in one request: React's cache
// answers the second call (keyed on the request's cached Viewer object and the id).
const dossierForStaff = cache(async (viewer: StaffViewer, dossierId: string): Promise<StaffDossier | null> => {
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
});

/** One dossier of the staff member's office, with its clients; null when it is not this office's (→ 404). */
export async function getDossierForStaff({ viewer, dossierId }: { viewer: StaffViewer; dossierId: string }): Promise<StaffDossier | null> {
  return dossierForStaff(viewer, dossierId);
}

export type StaffDossierListItem = DossierSummary & { updatedAt: Date; clientNames: string[] };

/**
 * The office's dossiers for the staff list, one page at a time: open ones first, then the most recently changed.
 * The search matches reference, title, or a linked client's name or e-mail (EXISTS, so a dossier with two
 * matching clients is listed once).
 */
export async function listDossiersForStaff({
  viewer,
  query,
  status,
  page,
}: {
  viewer: StaffViewer;
  query?: string;
  status: DossierStatusFilter;
  page: PageRequest;
}): Promise<Page<StaffDossierListItem>> {
  const db = await getDb();
  const conditions: (SQL | undefined)[] = [eq(dossiers.officeId, viewer.officeId)];
  if (status !== "all") conditions.push(eq(dossiers.status, status));
  const term = searchTerm(query);
  if (term) {
    const clientMatch = db
      .select({ userId: dossierClients.userId })
      .from(dossierClients)
      .innerJoin(users, eq(users.id, dossierClients.userId))
      .where(and(eq(dossierClients.dossierId, dossiers.id), or(ilike(users.name, term.pattern), ilike(users.email, term.pattern))));
    conditions.push(or(ilike(dossiers.reference, term.pattern), ilike(dossiers.title, term.pattern), exists(clientMatch)));
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: dossiers.id,
        reference: dossiers.reference,
        title: dossiers.title,
        status: dossiers.status,
        updatedAt: dossiers.updatedAt,
      })
      .from(dossiers)
      .where(where)
      .orderBy(asc(dossiers.status), desc(dossiers.updatedAt), asc(dossiers.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(dossiers).where(where),
  ]);
  const names = await clientNamesOf(
    viewer,
    rows.map((row) => row.id),
  );
  const items = rows.map((row) => ({ ...row, clientNames: names.get(row.id) ?? [] }));
  return pageOf(items, total?.n ?? 0, page);
}

/** The linked clients' names for one page of dossiers (the page's ids only, never the whole office). */
async function clientNamesOf(viewer: StaffViewer, dossierIds: string[]): Promise<Map<string, string[]>> {
  const names = new Map<string, string[]>();
  if (dossierIds.length === 0) return names;
  const db = await getDb();
  const rows = await db
    .select({ dossierId: dossierClients.dossierId, name: users.name })
    .from(dossierClients)
    .innerJoin(users, eq(users.id, dossierClients.userId))
    .where(and(inArray(dossierClients.dossierId, dossierIds), eq(users.officeId, viewer.officeId)))
    .orderBy(asc(users.name));
  for (const row of rows) names.set(row.dossierId, [...(names.get(row.dossierId) ?? []), row.name]);
  return names;
}

export type ClientOption = { id: string; name: string; email: string; status: "invited" | "active" | "disabled" };

/** Clients of the office for the dossier form's picker: a few at a time, by name, matching name or e-mail. */
export async function findClientsForStaff({
  viewer,
  query,
  limit = 20,
}: {
  viewer: StaffViewer;
  query?: string;
  limit?: number;
}): Promise<{ items: ClientOption[]; more: boolean }> {
  const db = await getDb();
  const term = searchTerm(query);
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, status: users.status })
    .from(users)
    .where(
      and(
        eq(users.officeId, viewer.officeId),
        eq(users.role, "client"),
        term ? or(ilike(users.name, term.pattern), ilike(users.email, term.pattern)) : undefined,
      ),
    )
    .orderBy(asc(users.name), asc(users.email))
    .limit(limit + 1);
  return { items: rows.slice(0, limit), more: rows.length > limit };
}
