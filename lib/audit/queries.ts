import "server-only";
import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Database } from "@/db/client";
import { getDb } from "@/lib/db";
import { auditEvents, documents, dossiers, users } from "@/db/schema";
import type { AdminViewer } from "@/lib/core/viewer";
import { isUuid } from "@/lib/core/ids";
import { pageOf, searchTerm, type Page, type PageRequest } from "@/lib/pagination";
import type { AuditFilters } from "./filters";

/** Days in the filters are the portal's calendar days (i18n/request.ts shows times in the same zone). */
const TIME_ZONE = "Europe/Amsterdam";

export type AuditEventRow = {
  id: string;
  at: Date;
  action: string;
  ip: string | null;
  actor: { id: string; name: string; email: string; role: "client" | "staff" | "admin" } | null;
  subject: { type: string; id: string | null; label: string | null } | null;
  dossier: { id: string; reference: string } | null;
  data: Record<string, unknown>;
};

/** A user of this office by id, or clients whose name or e-mail address contains the text. */
function clientIds(db: Database, officeId: string, value: string) {
  const match = isUuid(value)
    ? eq(users.id, value)
    : or(ilike(users.name, searchTerm(value)!.pattern), ilike(users.email, searchTerm(value)!.pattern));
  return db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.officeId, officeId), eq(users.role, "client"), match));
}

function dossierIds(db: Database, officeId: string, value: string) {
  const match = isUuid(value) ? eq(dossiers.id, value) : ilike(dossiers.reference, searchTerm(value)!.pattern);
  return db
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(and(eq(dossiers.officeId, officeId), match));
}

/** The office scope first, always; every filter only narrows it. */
function whereOf(db: Database, officeId: string, filters: AuditFilters): SQL {
  const conditions: (SQL | undefined)[] = [eq(auditEvents.officeId, officeId)];
  if (filters.client) {
    // A client's events: what they did, and what was done to their account.
    const ids = clientIds(db, officeId, filters.client);
    conditions.push(or(inArray(auditEvents.actorId, ids), and(eq(auditEvents.subjectType, "user"), inArray(auditEvents.subjectId, ids))));
  }
  if (filters.dossier) conditions.push(inArray(auditEvents.dossierId, dossierIds(db, officeId, filters.dossier)));
  if (filters.action) conditions.push(eq(auditEvents.action, filters.action));
  if (filters.from) {
    conditions.push(sql`${auditEvents.at} >= (${filters.from}::date::timestamp AT TIME ZONE ${TIME_ZONE})`);
  }
  if (filters.to) {
    conditions.push(sql`${auditEvents.at} < ((${filters.to}::date + 1)::timestamp AT TIME ZONE ${TIME_ZONE})`);
  }
  return and(...conditions)!;
}

const actor = alias(users, "actor");
const subjectUser = alias(users, "subject_user");

function selectRows(db: Database) {
  return db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      // The exact timestamp as text: a JavaScript Date drops the microseconds the export's cursor needs.
      cursor: sql<string>`${auditEvents.at}::text`,
      action: auditEvents.action,
      ip: auditEvents.ip,
      data: auditEvents.data,
      subjectType: auditEvents.subjectType,
      subjectId: auditEvents.subjectId,
      actorId: actor.id,
      actorName: actor.name,
      actorEmail: actor.email,
      actorRole: actor.role,
      subjectUserName: subjectUser.name,
      documentTitle: documents.title,
      dossierId: dossiers.id,
      dossierReference: dossiers.reference,
    })
    .from(auditEvents)
    .leftJoin(actor, and(eq(actor.id, auditEvents.actorId), eq(actor.officeId, auditEvents.officeId)))
    .leftJoin(
      subjectUser,
      and(eq(auditEvents.subjectType, "user"), eq(subjectUser.id, auditEvents.subjectId), eq(subjectUser.officeId, auditEvents.officeId)),
    )
    .leftJoin(
      documents,
      and(eq(auditEvents.subjectType, "document"), eq(documents.id, auditEvents.subjectId), eq(documents.officeId, auditEvents.officeId)),
    )
    .leftJoin(dossiers, and(eq(dossiers.id, auditEvents.dossierId), eq(dossiers.officeId, auditEvents.officeId)))
    .$dynamic();
}

type RawRow = Awaited<ReturnType<ReturnType<typeof selectRows>["execute"]>>[number];

function toRow(row: RawRow): AuditEventRow {
  return {
    id: row.id,
    at: row.at,
    action: row.action,
    ip: row.ip,
    data: row.data,
    actor:
      row.actorId && row.actorName !== null && row.actorEmail !== null && row.actorRole !== null
        ? { id: row.actorId, name: row.actorName, email: row.actorEmail, role: row.actorRole }
        : null,
    subject: row.subjectType ? { type: row.subjectType, id: row.subjectId, label: row.subjectUserName ?? row.documentTitle ?? null } : null,
    dossier: row.dossierId && row.dossierReference !== null ? { id: row.dossierId, reference: row.dossierReference } : null,
  };
}

/** One page of the office's audit log, newest first; nothing for anyone but the office's admin. */
export async function listAuditEvents({
  viewer,
  filters,
  page,
}: {
  viewer: AdminViewer;
  filters: AuditFilters;
  page: PageRequest;
}): Promise<Page<AuditEventRow>> {
  const db = await getDb();
  const where = whereOf(db, viewer.officeId, filters);
  const [rows, [total]] = await Promise.all([
    selectRows(db).where(where).orderBy(desc(auditEvents.at), desc(auditEvents.id)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(auditEvents).where(where),
  ]);
  return pageOf(rows.map(toRow), total?.n ?? 0, page);
}

/** The actions that occur in this office's log, for the filter's select. */
export async function listAuditActions({ viewer }: { viewer: AdminViewer }): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .selectDistinct({ action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.officeId, viewer.officeId))
    .orderBy(asc(auditEvents.action))
    .limit(500);
  return rows.map((row) => row.action);
}

/**
 * Every matching event, newest first, in batches (keyset on time and id, so rows logged meanwhile neither
 * shift nor repeat the batches), at most `limit` rows. Nothing for anyone but the office's admin.
 */
export async function* auditEventBatches({
  viewer,
  filters,
  limit,
  batchSize = 1000,
}: {
  viewer: AdminViewer;
  filters: AuditFilters;
  limit: number;
  batchSize?: number;
}): AsyncGenerator<AuditEventRow[]> {
  const db = await getDb();
  const where = whereOf(db, viewer.officeId, filters);
  let cursor: { at: string; id: string } | null = null;
  let remaining = limit;
  while (remaining > 0) {
    const after: SQL | undefined = cursor
      ? sql`(${auditEvents.at}, ${auditEvents.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`
      : undefined;
    const size = Math.min(batchSize, remaining);
    const rows: RawRow[] = await selectRows(db).where(and(where, after)).orderBy(desc(auditEvents.at), desc(auditEvents.id)).limit(size);
    if (rows.length === 0) return;
    yield rows.map(toRow);
    remaining -= rows.length;
    if (rows.length < size) return;
    const last: RawRow = rows[rows.length - 1]!;
    cursor = { at: last.cursor, id: last.id };
  }
}
