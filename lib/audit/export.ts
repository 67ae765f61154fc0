// GET /api/admin/audit/export: the audit log as CSV for the office's admin. The route handler only supplies
// viewer, parameters and IP; the access decision and the file are made here so tests can call them directly.
import "server-only";
import { getDb } from "@/lib/db";
import { isAdmin, type Viewer } from "@/lib/core/viewer";
import { recordAudit } from "./record";
import { CSV_BOM, csvRow } from "./csv";
import { parseAuditFilters } from "./filters";
import { auditEventBatches, type AuditEventRow } from "./queries";

/** More rows than a spreadsheet handles well; narrow the filters for older events. */
export const AUDIT_EXPORT_LIMIT = 100_000;

export const AUDIT_CSV_COLUMNS = [
  "time_utc",
  "action",
  "actor_name",
  "actor_email",
  "actor_role",
  "subject_type",
  "subject_id",
  "subject",
  "dossier",
  "ip",
  "details",
] as const;

function auditCsvLine(row: AuditEventRow): string {
  return csvRow([
    row.at.toISOString(),
    row.action,
    row.actor?.name,
    row.actor?.email,
    row.actor?.role,
    row.subject?.type,
    row.subject?.id,
    row.subject?.label,
    row.dossier?.reference,
    row.ip,
    Object.keys(row.data).length > 0 ? JSON.stringify(row.data) : null,
  ]);
}

/** Streams the header and then one batch of rows at a time, so 100,000 rows never sit in memory at once. */
function auditCsvStream(batches: AsyncIterable<AuditEventRow[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvRow(AUDIT_CSV_COLUMNS)));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value.map(auditCsvLine).join("")));
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/**
 * Only an admin of the office gets the file (the viewer is re-read from the database per request); everyone
 * else gets the same 404 as for a page that does not exist. The export itself is an audit event.
 */
export async function auditExportResponse({
  viewer,
  params,
  ip,
  now = new Date(),
}: {
  viewer: Viewer | null;
  params: URLSearchParams;
  ip: string | null;
  now?: Date;
}): Promise<Response> {
  if (!viewer) return notFound();
  const db = await getDb();
  if (!isAdmin(viewer)) {
    await recordAudit(db, {
      officeId: viewer.officeId,
      actorId: viewer.userId,
      action: "auth.forbidden_action",
      ip,
      data: { route: "audit.export" },
    });
    return notFound();
  }
  const filters = parseAuditFilters(params);
  await recordAudit(db, { officeId: viewer.officeId, actorId: viewer.userId, action: "audit.export", ip, data: { filters } });
  const body = auditCsvStream(auditEventBatches({ viewer, filters, limit: AUDIT_EXPORT_LIMIT }));
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-${now.toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
