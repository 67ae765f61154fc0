import "server-only";
import { and, eq, inArray, ne } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { dossiers, users } from "@/db/schema";
import type { StaffViewer } from "@/lib/core/viewer";
import { UserError } from "@/lib/core/errors";

export type LockedDossier = { id: string; reference: string; title: string; status: "open" | "closed" };

/**
 * The office's dossier, locked for the rest of the transaction so concurrent edits (two unlinks racing for the
 * last client) run one after the other; another office's id is simply not found.
 */
export async function lockDossier(tx: Executor, viewer: StaffViewer, dossierId: string): Promise<LockedDossier> {
  const [dossier] = await tx
    .select({ id: dossiers.id, reference: dossiers.reference, title: dossiers.title, status: dossiers.status })
    .from(dossiers)
    .where(and(eq(dossiers.id, dossierId), eq(dossiers.officeId, viewer.officeId)))
    .for("update")
    .limit(1);
  if (!dossier) throw new UserError("errors.not_found");
  return dossier;
}

/** A reference is unique per office; `exceptId` is the dossier being edited. */
export async function assertReferenceFree(tx: Executor, viewer: StaffViewer, reference: string, exceptId?: string) {
  const [taken] = await tx
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(and(eq(dossiers.officeId, viewer.officeId), eq(dossiers.reference, reference), exceptId ? ne(dossiers.id, exceptId) : undefined))
    .limit(1);
  if (taken) throw new UserError("admin_dossiers.errors.reference_taken", "reference");
}

/** Every id must be a client of the viewer's office; one that is not (another office, a staff member) is not found. */
export async function assertClientsOfOffice(tx: Executor, viewer: StaffViewer, clientIds: string[]) {
  if (clientIds.length === 0) return;
  const found = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, clientIds), eq(users.officeId, viewer.officeId), eq(users.role, "client")));
  if (found.length !== new Set(clientIds).size) throw new UserError("errors.not_found");
}

/** The reference check above can lose a race with a concurrent create; the unique index then has the last word. */
export function isReferenceConflict(error: unknown): boolean {
  for (let cause = error; cause && typeof cause === "object"; cause = (cause as { cause?: unknown }).cause) {
    const { code, constraint_name: name, constraint } = cause as Record<string, unknown>;
    if (code === "23505" && (name ?? constraint) === "dossiers_office_reference_idx") return true;
  }
  return false;
}
