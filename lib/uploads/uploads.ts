import "server-only";
import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { type Executor } from "@/db/client";
import { getDb } from "@/lib/db";
import { dossiers, uploads } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/core/viewer";
import { dossierScope } from "@/lib/dossiers/scope";
import { isUuid } from "@/lib/core/ids";
import { UserError } from "@/lib/core/errors";
import { errorText, log } from "@/lib/log";
import { checkDeclaredFile } from "@/lib/storage/file-types";
import { parseObjectKey } from "@/lib/storage/keys";
import { deleteObject } from "@/lib/storage/objects";
import {
  completeMultipartUpload,
  createMultipartUpload,
  MULTIPART_THRESHOLD_BYTES,
  PART_BYTES,
  partCount,
  partLength,
  presignPart,
} from "@/lib/storage/multipart";
import { presignUpload } from "@/lib/storage/presign";
import { copyAndVerify, verifyUploadedObject } from "@/lib/storage/verify";
import { takeUploadTicket } from "./limits";
import { newUploadKey, removeStoredUpload, writtenInPlace } from "./stored";
import type { DeclaredFile, FilePolicy, UploadedPart, UploadTicket, VerifiedUpload } from "./types";

// The steps of a direct-to-storage upload, for any signed-in viewer and both kinds of upload: files for a
// dossier (documents, message attachments) and office files (the logo). Request signs a PUT for a staging key,
// complete copies what arrived to the upload's own key and verifies that copy, so no URL a browser holds can
// change the bytes that are verified and served; what a verified upload becomes is the caller's business
// (attach.ts, lib/offices/logo.ts). The server actions are thin wrappers. Until something points at it, an
// upload belongs to its uploader only.

export type { FilePolicy, PutTicket, UploadTicket, VerifiedUpload } from "./types";

/** What an upload is for: a dossier, or the viewer's office itself (key `o/{office}/office/{uuid}`, no dossier). */
export type UploadTarget = { dossierId: string } | { office: true };
export type UploadKind = "dossier" | "office";
type UploadStatus = "pending" | "verified";
/** `kind` defaults to dossier uploads, the only ones the staff actions may touch. */
type OwnUploadInput = { viewer: Viewer; uploadId: string; kind?: UploadKind };

/**
 * A call to the store that the user waits for: if the store cannot be reached, they get a clear message
 * (`uploads.storage_unavailable`) instead of a generic failure, and the caller writes nothing after it.
 */
async function inStore<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UserError) throw error;
    log.error({ event: "storage.unreachable", error: errorText(error) }, "the store could not be reached");
    throw new UserError("uploads.storage_unavailable");
  }
}

/** Staff may upload to any dossier of their office; a client only to a dossier they are linked to. */
async function mayUploadTo(db: Executor, viewer: Viewer, dossierId: string): Promise<boolean> {
  if (!isUuid(dossierId)) return false;
  const rows = await db
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(and(eq(dossiers.id, dossierId), dossierScope(viewer)))
    .limit(1);
  return rows.length > 0;
}

/** The portal-wide file checks, then the caller's narrower policy, all answering with `files.*` codes. */
function checkFile(input: DeclaredFile, policy: FilePolicy | undefined) {
  const file = checkDeclaredFile(input);
  if (!file.ok) throw new UserError(file.code);
  if (policy && !policy.contentTypes.includes(file.contentType)) throw new UserError("files.type_not_allowed");
  if (policy && input.size > policy.maxBytes) throw new UserError("files.too_large");
  return file;
}

/**
 * Step 1: checks the target, what the browser says about the file and the user's upload limits (./limits.ts),
 * records a pending upload with keys made of ids only, and signs a PUT for the staging key. The storage key,
 * where the verified copy will live, is never signed for a plain PUT. A large file goes in parts to the storage
 * key itself (its staging key is the same): a part URL only writes a part of that multipart upload, and once the
 * server has completed it no URL the browser holds can change the object, so no copy is needed. A dossier needs
 * access to it; office files are for the office admin. A refused request writes nothing.
 */
export async function requestUpload(
  input: UploadTarget & DeclaredFile & { viewer: Viewer; ip: string | null; policy?: FilePolicy },
): Promise<UploadTicket> {
  const { viewer } = input;
  const db = await getDb();
  const dossierId = "dossierId" in input ? input.dossierId.toLowerCase() : null;
  const allowed = dossierId === null ? viewer.role === "admin" : await mayUploadTo(db, viewer, dossierId);
  if (!allowed) throw new UserError("errors.not_found");
  const file = checkFile(input, input.policy);
  const target = { officeId: viewer.officeId, dossierId };
  const inParts = input.size >= MULTIPART_THRESHOLD_BYTES;
  const storageKey = newUploadKey(target);
  const stagingKey = inParts ? storageKey : newUploadKey(target);
  const upload = await db.transaction(async (tx) => {
    await takeUploadTicket(tx, { viewer, size: input.size });
    // A large file goes in parts: the store's multipart upload is opened first, its id kept with the row.
    const multipartId = inParts ? await inStore(() => createMultipartUpload(stagingKey, file.contentType)) : null;
    const [row] = await tx
      .insert(uploads)
      .values({
        officeId: viewer.officeId,
        dossierId,
        userId: viewer.userId,
        storageKey,
        stagingKey,
        fileName: file.fileName,
        contentType: file.contentType,
        size: input.size,
        multipartId,
      })
      .returning({ id: uploads.id });
    await recordAudit(tx, {
      officeId: viewer.officeId,
      actorId: viewer.userId,
      action: "upload.request",
      subjectType: "upload",
      subjectId: row!.id,
      dossierId: dossierId ?? undefined,
      ip: input.ip,
      data: { fileName: file.fileName, size: input.size, contentType: file.contentType, multipart: inParts },
    });
    return row!;
  });
  if (inParts) return { uploadId: upload.id, multipart: { partBytes: PART_BYTES, partCount: partCount(input.size) } };
  const signed = await presignUpload({ key: stagingKey, contentType: file.contentType, size: input.size });
  return { uploadId: upload.id, url: signed.url, headers: signed.headers };
}

/**
 * The key a pending upload's browser writes to: its staging key. An upload requested before staging keys
 * existed wrote to its storage key; completing it moves that to the staging role (withStagingKey).
 */
const writableKey = (upload: { storageKey: string; stagingKey: string | null }) => upload.stagingKey ?? upload.storageKey;

/** Step 1b for a large file: a PUT URL for one of its parts, with that part's exact length signed. */
export async function signUploadPart({ viewer, uploadId, partNumber }: { viewer: Viewer; uploadId: string; partNumber: number }) {
  const db = await getDb();
  const upload = await findOwnUpload(db, { viewer, uploadId, kind: "dossier", statuses: ["pending"] });
  if (!upload?.multipartId) throw new UserError("errors.not_found");
  if (!Number.isSafeInteger(partNumber) || partNumber < 1 || partNumber > partCount(upload.size)) throw new UserError("errors.invalid");
  const url = await presignPart({
    key: writableKey(upload),
    multipartId: upload.multipartId,
    partNumber,
    length: partLength(upload.size, partNumber),
  });
  return { url };
}

/** Joins the parts of a large file at its staging key; they must be exactly parts 1..n, each once. */
async function finishMultipart(
  db: Executor,
  upload: { id: string; stagingKey: string; size: number; multipartId: string },
  parts: UploadedPart[],
) {
  const complete = parts.length === partCount(upload.size) && parts.every((part, index) => part.partNumber === index + 1);
  if (!complete) throw new UserError("uploads.parts_missing");
  await inStore(() => completeMultipartUpload({ key: upload.stagingKey, multipartId: upload.multipartId, parts }));
  await db.update(uploads).set({ multipartId: null }).where(eq(uploads.id, upload.id));
}

type UploadRow = typeof uploads.$inferSelect;

/**
 * A pending upload from before staging keys: the key its browser was given becomes the staging key and a new
 * key the verified one. Null when a parallel call did it first (that call goes on; this one stops).
 */
async function withStagingKey(db: Executor, upload: UploadRow): Promise<(UploadRow & { stagingKey: string }) | null> {
  if (upload.stagingKey) return { ...upload, stagingKey: upload.stagingKey };
  const [row] = await db
    .update(uploads)
    .set({ stagingKey: upload.storageKey, storageKey: newUploadKey(upload) })
    .where(and(eq(uploads.id, upload.id), isNull(uploads.stagingKey), eq(uploads.status, "pending")))
    .returning();
  return row ? { ...row, stagingKey: upload.storageKey } : null;
}

/**
 * The viewer's own upload in their office, of this kind and status, or null. Its key must say the same as the
 * row (this office; this dossier, or an office file), so an upload never points outside its target. With
 * `forUpdate` (inside a transaction) the row stays locked until commit, so a parallel discard or attach waits.
 */
export async function findOwnUpload(
  db: Executor,
  input: { viewer: Viewer; uploadId: string; kind: UploadKind; statuses: UploadStatus[]; forUpdate?: boolean },
) {
  const { viewer } = input;
  if (!isUuid(input.uploadId)) return null;
  const query = db
    .select()
    .from(uploads)
    .where(
      and(
        eq(uploads.id, input.uploadId),
        eq(uploads.officeId, viewer.officeId),
        eq(uploads.userId, viewer.userId),
        input.kind === "dossier" ? isNotNull(uploads.dossierId) : isNull(uploads.dossierId),
        inArray(uploads.status, input.statuses),
      ),
    )
    .limit(1);
  const [row] = await (input.forUpdate ? query.for("update") : query);
  const key = row ? parseObjectKey(row.storageKey) : null;
  if (!row || key?.kind !== input.kind || key.officeId !== viewer.officeId) return null;
  if (key.kind === "dossier" && key.dossierId !== row.dossierId) return null;
  return row;
}

/**
 * Step 2, after the browser's PUT: copies the staging object to the upload's storage key and verifies the copy
 * (the signed size, bytes of the declared type). Whatever the browser writes to the staging key afterwards is
 * never served. A file sent in parts is completed at its storage key and verified there (see requestUpload).
 * A rejected file leaves nothing behind (both objects and the row deleted) and the error names the reason
 * (`files.*`).
 */
export async function completeUpload({
  viewer,
  uploadId,
  kind = "dossier",
  parts = [],
}: OwnUploadInput & { parts?: UploadedPart[] }): Promise<VerifiedUpload> {
  const db = await getDb();
  const found = await findOwnUpload(db, { viewer, uploadId, kind, statuses: ["pending"] });
  const upload = found && (await withStagingKey(db, found));
  if (!upload) throw new UserError("errors.not_found");
  if (upload.multipartId) await finishMultipart(db, { ...upload, multipartId: upload.multipartId }, parts);
  const outcome = await db.transaction(async (tx) => {
    // Locked while the copy is made and checked: a second complete waits, then no longer finds it pending, so
    // it cannot copy the staging object again over what this one verified.
    const locked = await findOwnUpload(tx, { viewer, uploadId: upload.id, kind, statuses: ["pending"], forUpdate: true });
    if (!locked?.stagingKey) return { ok: false, code: "errors.not_found" } as const;
    const expected = { expectedSize: locked.size, declaredContentType: locked.contentType, fileName: locked.fileName };
    const inPlace = writtenInPlace(locked);
    const result = await inStore(() =>
      inPlace
        ? verifyUploadedObject({ ...expected, key: locked.storageKey })
        : copyAndVerify({ ...expected, from: locked.stagingKey!, to: locked.storageKey }),
    );
    if (!result.ok) {
      await inStore(() => removeStoredUpload(locked));
      await tx.delete(uploads).where(eq(uploads.id, locked.id));
      return result;
    }
    // Completed in place, nothing is left that a browser could write to.
    await tx
      .update(uploads)
      .set({ status: "verified", ...(inPlace ? { stagingKey: null } : {}) })
      .where(eq(uploads.id, locked.id));
    return result;
  });
  if (!outcome.ok) throw new UserError(outcome.code);
  if (!writtenInPlace(upload)) {
    // Its work is done. A late PUT with the URL the browser still holds can bring it back: the hourly clean-up
    // removes it once the URLs have expired (cleanup.ts); it is never read again either way.
    await deleteObject(upload.stagingKey).catch((error: unknown) =>
      log.error(
        { event: "uploads.staging_delete_failed", uploadId: upload.id, error: errorText(error) },
        "could not delete a staging object",
      ),
    );
  }
  return { uploadId: upload.id, fileName: upload.fileName, size: upload.size, contentType: upload.contentType };
}

/** The "remove" button: an own upload that is not attached yet disappears from the store and the table. */
export async function discardUpload({ viewer, uploadId, kind = "dossier" }: OwnUploadInput): Promise<void> {
  const db = await getDb();
  const upload = await findOwnUpload(db, { viewer, uploadId, kind, statuses: ["pending", "verified"] });
  if (!upload) throw new UserError("errors.not_found");
  const deleted = await db
    .delete(uploads)
    .where(and(eq(uploads.id, upload.id), inArray(uploads.status, ["pending", "verified"])))
    .returning({ id: uploads.id });
  // Attached in the meantime: the object now belongs to a document (or is the logo) and must stay.
  if (deleted.length === 0) throw new UserError("errors.not_found");
  await inStore(() => removeStoredUpload(upload));
}
