"use server";

import { and, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { documents } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { isUuid } from "@/lib/core/ids";
import { revalidate } from "@/lib/revalidate";
import { staffAction } from "@/lib/safe-action";
import { UserError } from "@/lib/core/errors";
import { notifyDossierClients } from "@/lib/notify/client-notices";
import { attachUploadsAsDocuments } from "@/lib/uploads/attach";
import { PUBLISHED_KINDS, publishDocumentsSchema, withdrawDocumentSchema } from "./schema";
import { tabPath } from "@/lib/dossiers/tabs";

/**
 * Publishes verified uploads as documents in one transaction: all of them or none, with the clients' e-mail
 * notice. The uploads' checks (own, verified, this office and dossier) are in attachUploadsAsDocuments; a
 * failure names the file by its index.
 */
export const publishDocumentsAction = staffAction(publishDocumentsSchema, async (input, { viewer, ip }) => {
  const db = await getDb();
  const documentIds = await db.transaction(async (tx) => {
    const ids = await attachUploadsAsDocuments(tx, { viewer, ip, dossierId: input.dossierId, kind: input.kind, uploads: input.uploads });
    // The clients' notice is written with the documents: no documents, no mail; documents, always a mail.
    await notifyDossierClients(tx, { officeId: viewer.officeId, dossierId: input.dossierId, kind: "new_documents", itemIds: ids });
    return ids;
  });
  revalidate(tabPath(`/admin/dossiers/${input.dossierId}`, input.kind));
  return { documentIds };
});

/** Soft delete: the client no longer sees it; staff still see it, marked as withdrawn, for the record. */
export const withdrawDocumentAction = staffAction(withdrawDocumentSchema, async ({ documentId }, { viewer, ip }) => {
  if (!isUuid(documentId)) throw new UserError("errors.not_found");
  const db = await getDb();
  const withdrawn = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(documents)
      .set({ withdrawnAt: new Date(), withdrawnById: viewer.userId })
      .where(
        and(
          eq(documents.id, documentId),
          eq(documents.officeId, viewer.officeId),
          inArray(documents.kind, [...PUBLISHED_KINDS]),
          isNull(documents.withdrawnAt),
        ),
      )
      .returning({ id: documents.id, dossierId: documents.dossierId, kind: documents.kind, title: documents.title });
    if (!row) throw new UserError("errors.not_found");
    await recordAudit(tx, {
      officeId: viewer.officeId,
      actorId: viewer.userId,
      action: "document.withdraw",
      subjectType: "document",
      subjectId: row.id,
      dossierId: row.dossierId,
      ip,
      data: { kind: row.kind, title: row.title },
    });
    return row;
  });
  revalidate(tabPath(`/admin/dossiers/${withdrawn.dossierId}`, withdrawn.kind));
});
