import "server-only";
import type { Executor } from "@/db/client";
import { auditEvents } from "@/db/schema";

export type AuditEvent = {
  officeId: string | null;
  actorId: string | null;
  action: string;
  subjectType?: string;
  subjectId?: string;
  dossierId?: string;
  ip?: string | null;
  // Never secrets: no passwords, codes, tokens or presigned URLs.
  data?: Record<string, unknown>;
};

/** Appends one audit event, inside the caller's transaction when given one. */
export async function recordAudit(db: Executor, event: AuditEvent): Promise<void> {
  await db.insert(auditEvents).values({
    officeId: event.officeId,
    actorId: event.actorId,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    dossierId: event.dossierId,
    ip: event.ip ?? null,
    data: event.data ?? {},
  });
}
