import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { dossierClients, dossiers, uploads } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/viewer";
import { isUuid } from "@/lib/ids";
import { UserError } from "@/lib/safe-action";
import { checkDeclaredFile } from "@/lib/storage/file-types";
import { objectKeyFor } from "@/lib/storage/keys";
import { deleteObject } from "@/lib/storage/objects";
import { presignUpload } from "@/lib/storage/presign";
import { verifyUploadedObject } from "@/lib/storage/verify";
import type { UploadTicket, VerifiedUpload } from "./types";

// The three steps of a direct-to-storage upload, for any signed-in viewer; the server actions (staff now,
// clients later) are thin wrappers. Until a document row points at it, an upload belongs to its uploader only.

export type { UploadTicket, VerifiedUpload } from "./types";

/** Staff may upload to any dossier of their office; a client only to a dossier they are linked to. */
async function mayUploadTo(db: Executor, viewer: Viewer, dossierId: string): Promise<boolean> {
  if (!isUuid(dossierId)) return false;
  const inOffice = and(eq(dossiers.id, dossierId), eq(dossiers.officeId, viewer.officeId));
  const rows =
    viewer.role === "client"
      ? await db
          .select({ id: dossiers.id })
          .from(dossiers)
          .innerJoin(dossierClients, eq(dossierClients.dossierId, dossiers.id))
          .where(and(inOffice, eq(dossierClients.userId, viewer.userId)))
          .limit(1)
      : await db.select({ id: dossiers.id }).from(dossiers).where(inOffice).limit(1);
  return rows.length > 0;
}

/** Step 1: checks what the browser says about the file and signs a PUT for a key made of ids only. */
export async function requestUpload(input: {
  viewer: Viewer;
  ip: string | null;
  dossierId: string;
  fileName: string;
  contentType: string;
  size: number;
}): Promise<UploadTicket> {
  const { viewer } = input;
  const db = await getDb();
  if (!(await mayUploadTo(db, viewer, input.dossierId))) throw new UserError("errors.not_found");
  const file = checkDeclaredFile(input);
  if (!file.ok) throw new UserError(file.code);
  const dossierId = input.dossierId.toLowerCase();
  const key = objectKeyFor({ officeId: viewer.officeId, dossierId });
  const upload = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(uploads)
      .values({
        officeId: viewer.officeId,
        dossierId,
        userId: viewer.userId,
        storageKey: key,
        fileName: file.fileName,
        contentType: file.contentType,
        size: input.size,
      })
      .returning({ id: uploads.id });
    await recordAudit(tx, {
      officeId: viewer.officeId,
      actorId: viewer.userId,
      action: "upload.request",
      subjectType: "upload",
      subjectId: row!.id,
      dossierId,
      ip: input.ip,
      data: { fileName: file.fileName, size: input.size, contentType: file.contentType },
    });
    return row!;
  });
  const signed = await presignUpload({ key, contentType: file.contentType, size: input.size });
  return { uploadId: upload.id, url: signed.url, headers: signed.headers };
}

async function ownUpload(viewer: Viewer, uploadId: string, statuses: ("pending" | "verified")[]) {
  if (!isUuid(uploadId)) return null;
  const db = await getDb();
  const [row] = await db
    .select()
    .from(uploads)
    .where(
      and(
        eq(uploads.id, uploadId),
        eq(uploads.officeId, viewer.officeId),
        eq(uploads.userId, viewer.userId),
        inArray(uploads.status, statuses),
      ),
    )
    .limit(1);
  return row ?? null;
}

/**
 * Step 2, after the browser's PUT: the stored object must have the signed size and bytes of the declared type.
 * A rejected file leaves nothing behind (object and row deleted) and the error names the reason.
 */
export async function completeUpload({ viewer, uploadId }: { viewer: Viewer; uploadId: string }): Promise<VerifiedUpload> {
  const upload = await ownUpload(viewer, uploadId, ["pending"]);
  if (!upload) throw new UserError("errors.not_found");
  const result = await verifyUploadedObject({
    key: upload.storageKey,
    expectedSize: upload.size,
    declaredContentType: upload.contentType,
    fileName: upload.fileName,
  });
  const db = await getDb();
  if (!result.ok) {
    // verifyUploadedObject keeps a missing object's key alone; deleting is harmless and covers a late PUT.
    await deleteObject(upload.storageKey);
    await db.delete(uploads).where(eq(uploads.id, upload.id));
    throw new UserError(result.code);
  }
  await db.update(uploads).set({ status: "verified" }).where(and(eq(uploads.id, upload.id), eq(uploads.status, "pending")));
  return { uploadId: upload.id, fileName: upload.fileName, size: upload.size, contentType: upload.contentType };
}

/** The "remove" button: an own upload that is not attached yet disappears from the store and the table. */
export async function discardUpload({ viewer, uploadId }: { viewer: Viewer; uploadId: string }): Promise<void> {
  const upload = await ownUpload(viewer, uploadId, ["pending", "verified"]);
  if (!upload) throw new UserError("errors.not_found");
  const db = await getDb();
  const deleted = await db
    .delete(uploads)
    .where(and(eq(uploads.id, upload.id), inArray(uploads.status, ["pending", "verified"])))
    .returning({ id: uploads.id });
  // Attached in the meantime: the object now belongs to a document and must stay.
  if (deleted.length === 0) throw new UserError("errors.not_found");
  await deleteObject(upload.storageKey);
}
