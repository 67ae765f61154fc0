import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { documentReads, documents } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/core/viewer";
import { isUuid } from "@/lib/core/ids";
import { presignDownload, presignView } from "@/lib/storage/presign";
import { isPreviewable } from "@/lib/storage/preview";
import { documentScope } from "./scope";

/** "download" saves the file under its original name; "view" lets the browser show a PDF or photo itself. */
export type OpenMode = "download" | "view";

/**
 * The access check behind `/api/documents/[id]/download` and `/view`: a document in the viewer's documentScope
 * (staff: their office; a client: their dossiers, not withdrawn, own supplied files only). Records the client's
 * first read and an audit event, then signs a 60-second URL (view falls back to download for types a browser
 * cannot show safely). Null, with nothing read, when the viewer may not have it: that attempt is audited.
 */
export async function openDocument({
  viewer,
  documentId,
  ip,
  mode = "download",
}: {
  viewer: Viewer;
  documentId: string;
  ip: string | null;
  mode?: OpenMode;
}): Promise<{ url: string } | null> {
  if (!isUuid(documentId)) return null;
  const db = await getDb();
  const [document] = await db
    .select({
      id: documents.id,
      dossierId: documents.dossierId,
      fileName: documents.fileName,
      contentType: documents.contentType,
      storageKey: documents.storageKey,
    })
    .from(documents)
    .where(and(eq(documents.id, documentId), documentScope(viewer)))
    .limit(1);
  if (!document) {
    await recordAudit(db, {
      officeId: viewer.officeId,
      actorId: viewer.userId,
      action: "document.access_denied",
      subjectType: "document",
      subjectId: documentId,
      ip,
      data: { mode },
    });
    return null;
  }

  const view = mode === "view" && isPreviewable(document.contentType);
  const target = { key: document.storageKey, fileName: document.fileName, contentType: document.contentType };
  const signed = view ? await presignView(target) : await presignDownload(target);
  await db.transaction(async (tx) => {
    // Read receipts are about clients; a staff member checking a file is no "opened by the client".
    if (viewer.role === "client") {
      await tx.insert(documentReads).values({ documentId: document.id, userId: viewer.userId }).onConflictDoNothing();
    }
    await recordAudit(tx, {
      officeId: viewer.officeId,
      actorId: viewer.userId,
      action: view ? "document.view" : "document.download",
      subjectType: "document",
      subjectId: document.id,
      dossierId: document.dossierId,
      ip,
    });
  });
  return { url: signed.url };
}
