"use server";

import { and, count, eq } from "drizzle-orm";
import { type Executor } from "@/db/client";
import { getDb } from "@/lib/db";
import { dossierClients, dossiers } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { StaffViewer } from "@/lib/core/viewer";
import { createClientAccount } from "@/lib/clients/create";
import { revalidate } from "@/lib/revalidate";
import { staffAction } from "@/lib/safe-action";
import { UserError } from "@/lib/core/errors";
import { assertClientsOfOffice, assertReferenceFree, isReferenceConflict, lockDossier } from "./checks";
import { findClientsForStaff } from "./queries";
import {
  createDossierSchema,
  dossierIdSchema,
  findClientsSchema,
  linkClientsSchema,
  unlinkClientSchema,
  updateDossierSchema,
} from "./schema";

type AuditContext = { tx: Executor; viewer: StaffViewer; ip: string | null; dossierId: string };

function auditDossier({ tx, viewer, ip, dossierId }: AuditContext, action: string, data?: Record<string, unknown>) {
  return recordAudit(tx, {
    officeId: viewer.officeId,
    actorId: viewer.userId,
    action,
    subjectType: "dossier",
    subjectId: dossierId,
    dossierId,
    ip,
    data,
  });
}

function touch(tx: Executor, dossierId: string) {
  return tx.update(dossiers).set({ updatedAt: new Date() }).where(eq(dossiers.id, dossierId));
}

function revalidateDossier(dossierId: string) {
  revalidate("/admin/dossiers", `/admin/dossiers/${dossierId}`);
}

/**
 * A new dossier with existing clients and/or clients made here. Everything is one transaction: when the
 * dossier cannot be made (reference taken), no client account and no invitation exist either.
 */
export const createDossierAction = staffAction(createDossierSchema, async (input, { viewer, ip }) => {
  const clientIds = [...new Set(input.clientIds)];
  if (clientIds.length + input.newClients.length === 0) {
    throw new UserError("admin_dossiers.errors.client_required", "clients");
  }
  const db = await getDb();
  const id = await db.transaction(async (tx) => {
    await assertReferenceFree(tx, viewer, input.reference);
    await assertClientsOfOffice(tx, viewer, clientIds);
    for (const [index, client] of input.newClients.entries()) {
      try {
        clientIds.push((await createClientAccount(tx, { viewer, ip, input: client })).id);
      } catch (error) {
        // The helper names its own form's field; here it belongs to the n-th new client.
        if (error instanceof UserError && error.field) throw new UserError(error.code, `newClients.${index}.${error.field}`);
        throw error;
      }
    }
    const [dossier] = await tx
      .insert(dossiers)
      .values({ officeId: viewer.officeId, reference: input.reference, title: input.title })
      .returning({ id: dossiers.id })
      .catch((error: unknown) => {
        if (isReferenceConflict(error)) throw new UserError("admin_dossiers.errors.reference_taken", "reference");
        throw error;
      });
    await tx.insert(dossierClients).values(clientIds.map((userId) => ({ dossierId: dossier!.id, userId })));
    await auditDossier({ tx, viewer, ip, dossierId: dossier!.id }, "dossier.create", {
      reference: input.reference,
      clientIds,
    });
    return dossier!.id;
  });
  revalidate("/admin/dossiers", "/admin/clients");
  return { id };
});

export const updateDossierAction = staffAction(updateDossierSchema, async (input, { viewer, ip }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const before = await lockDossier(tx, viewer, input.dossierId);
    await assertReferenceFree(tx, viewer, input.reference, before.id);
    await tx
      .update(dossiers)
      .set({ reference: input.reference, title: input.title })
      .where(eq(dossiers.id, before.id))
      .catch((error: unknown) => {
        if (isReferenceConflict(error)) throw new UserError("admin_dossiers.errors.reference_taken", "reference");
        throw error;
      });
    await auditDossier({ tx, viewer, ip, dossierId: before.id }, "dossier.update", {
      before: { reference: before.reference, title: before.title },
      after: { reference: input.reference, title: input.title },
    });
  });
  revalidateDossier(input.dossierId);
});

export const linkClientsAction = staffAction(linkClientsSchema, async (input, { viewer, ip }) => {
  const clientIds = [...new Set(input.clientIds)];
  if (clientIds.length === 0) throw new UserError("admin_dossiers.errors.client_required", "clientIds");
  const db = await getDb();
  const linked = await db.transaction(async (tx) => {
    const dossier = await lockDossier(tx, viewer, input.dossierId);
    await assertClientsOfOffice(tx, viewer, clientIds);
    const rows = await tx
      .insert(dossierClients)
      .values(clientIds.map((userId) => ({ dossierId: dossier.id, userId })))
      .onConflictDoNothing()
      .returning({ userId: dossierClients.userId });
    for (const { userId } of rows) {
      await auditDossier({ tx, viewer, ip, dossierId: dossier.id }, "dossier.link_client", { clientId: userId });
    }
    if (rows.length > 0) await touch(tx, dossier.id);
    return rows.length;
  });
  revalidateDossier(input.dossierId);
  return { linked };
});

/** Takes effect at once: every client query checks the link. The last client stays, a dossier needs one. */
export const unlinkClientAction = staffAction(unlinkClientSchema, async (input, { viewer, ip }) => {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const dossier = await lockDossier(tx, viewer, input.dossierId);
    const [links] = await tx.select({ n: count() }).from(dossierClients).where(eq(dossierClients.dossierId, dossier.id));
    const removed = await tx
      .delete(dossierClients)
      .where(and(eq(dossierClients.dossierId, dossier.id), eq(dossierClients.userId, input.clientId)))
      .returning({ userId: dossierClients.userId });
    if (removed.length === 0) throw new UserError("errors.not_found");
    if ((links?.n ?? 0) <= 1) throw new UserError("admin_dossiers.errors.last_client");
    await auditDossier({ tx, viewer, ip, dossierId: dossier.id }, "dossier.unlink_client", { clientId: input.clientId });
    await touch(tx, dossier.id);
  });
  revalidateDossier(input.dossierId);
});

function setStatus(status: "open" | "closed", action: "dossier.close" | "dossier.reopen") {
  return async (input: { dossierId: string }, { viewer, ip }: { viewer: StaffViewer; ip: string | null }) => {
    const db = await getDb();
    await db.transaction(async (tx) => {
      const dossier = await lockDossier(tx, viewer, input.dossierId);
      if (dossier.status === status) return;
      await tx.update(dossiers).set({ status }).where(eq(dossiers.id, dossier.id));
      await auditDossier({ tx, viewer, ip, dossierId: dossier.id }, action);
    });
    revalidateDossier(input.dossierId);
  };
}

export const closeDossierAction = staffAction(dossierIdSchema, setStatus("closed", "dossier.close"));

export const reopenDossierAction = staffAction(dossierIdSchema, setStatus("open", "dossier.reopen"));

/** The dossier form's client picker: a read, but it runs from the browser while staff type. */
export const findClientsAction = staffAction(findClientsSchema, async ({ q }, { viewer }) => findClientsForStaff({ viewer, query: q }));
