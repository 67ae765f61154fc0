import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { documentReads, documents, dossierClients } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/viewer";
import { isUuid } from "@/lib/ids";
import { presignDownload } from "@/lib/storage/presign";

/**
 * The access check behind `/api/documents/[id]/download`: staff of the document's office, or a client linked to
 * its dossier (and then only while it is not withdrawn). Records the client's first read and an audit event for
 * every viewer, then signs a 60-second attachment URL. Null, with nothing recorded, when the viewer may not have it.
 */
export async function downloadDocument({
  viewer,
  documentId,
  ip,
}: {
  viewer: Viewer;
  documentId: string;
  ip: string | null;
}): Promise<{ url: string } | null> {
  if (!isUuid(documentId)) return null;
  const db = await getDb();
  const inOffice = and(eq(documents.id, documentId), eq(documents.officeId, viewer.officeId));
  const columns = {
    id: documents.id,
    dossierId: documents.dossierId,
    fileName: documents.fileName,
    contentType: documents.contentType,
    storageKey: documents.storageKey,
  };
  const [document] =
    viewer.role === "client"
      ? await db
          .select(columns)
          .from(documents)
          .innerJoin(
            dossierClients,
            and(eq(dossierClients.dossierId, documents.dossierId), eq(dossierClients.userId, viewer.userId)),
          )
          .where(and(inOffice, isNull(documents.withdrawnAt)))
          .limit(1)
      : await db.select(columns).from(documents).where(inOffice).limit(1);
  if (!document) return null;

  const signed = await presignDownload({
    key: document.storageKey,
    fileName: document.fileName,
    contentType: document.contentType,
  });
  await db.transaction(async (tx) => {
    // Read receipts are about clients; a staff member checking a file is no "opened by the client".
    if (viewer.role === "client") {
      await tx.insert(documentReads).values({ documentId: document.id, userId: viewer.userId }).onConflictDoNothing();
    }
    await recordAudit(tx, {
      officeId: viewer.officeId,
      actorId: viewer.userId,
      action: "document.download",
      subjectType: "document",
      subjectId: document.id,
      dossierId: document.dossierId,
      ip,
    });
  });
  return { url: signed.url };
}
