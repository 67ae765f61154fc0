// The office logo: the browser PUTs it straight to storage under a key the server built, the server verifies
// the object (size, type, magic bytes) and only then points offices.logo_key at it. The replaced object is
// deleted after the new one is committed, so a failed save never leaves the office without its logo.
import "server-only";
import { GetObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { offices, uploads } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/viewer";
import { isUuid } from "@/lib/ids";
import { UserError } from "@/lib/safe-action";
import { getStorage } from "@/lib/storage/client";
import { contentDisposition } from "@/lib/storage/content-disposition";
import { checkDeclaredFile } from "@/lib/storage/file-types";
import { officeObjectKey, parseObjectKey } from "@/lib/storage/keys";
import { deleteObject } from "@/lib/storage/objects";
import { presignUpload, type PresignedUpload } from "@/lib/storage/presign";
import { verifyUploadedObject } from "@/lib/storage/verify";
import { LOGO_CONTENT_TYPES, LOGO_MAX_BYTES } from "./limits";

type Context = { viewer: Viewer; ip: string | null };

export type LogoUpload = { uploadId: string } & Pick<PresignedUpload, "url" | "method" | "headers">;

/** Checks what the browser says about the file, records a pending upload and signs a PUT for it. */
export async function startLogoUpload(
  { viewer }: Context,
  file: { fileName: string; contentType: string; size: number },
): Promise<LogoUpload> {
  const check = checkDeclaredFile(file);
  if (!check.ok) {
    const code = { "files.too_large": "logo_too_large", "files.empty": "logo_empty" }[check.code as string] ?? "logo_type";
    throw new UserError(`admin_settings.${code}`, "logo");
  }
  if (!LOGO_CONTENT_TYPES.includes(check.contentType)) throw new UserError("admin_settings.logo_type", "logo");
  if (file.size > LOGO_MAX_BYTES) throw new UserError("admin_settings.logo_too_large", "logo");

  const key = officeObjectKey({ officeId: viewer.officeId });
  const signed = await presignUpload({ key, contentType: check.contentType, size: file.size });
  const db = await getDb();
  const [upload] = await db
    .insert(uploads)
    .values({
      officeId: viewer.officeId,
      userId: viewer.userId,
      storageKey: key,
      fileName: check.fileName,
      contentType: check.contentType,
      size: file.size,
    })
    .returning({ id: uploads.id });
  return { uploadId: upload!.id, url: signed.url, method: signed.method, headers: signed.headers };
}

/** Verifies the uploaded object and makes it the office's logo; the previous logo object is deleted. */
export async function attachLogo({ viewer, ip }: Context, uploadId: string): Promise<{ fileName: string }> {
  if (!isUuid(uploadId)) throw new UserError("errors.not_found");
  const db = await getDb();
  const [upload] = await db
    .select()
    .from(uploads)
    .where(
      and(
        eq(uploads.id, uploadId),
        eq(uploads.officeId, viewer.officeId),
        eq(uploads.userId, viewer.userId),
        eq(uploads.status, "pending"),
        isNull(uploads.dossierId),
      ),
    )
    .limit(1);
  const parsed = upload ? parseObjectKey(upload.storageKey) : null;
  if (!upload || parsed?.kind !== "office" || parsed.officeId !== viewer.officeId) throw new UserError("errors.not_found");

  const verified = await verifyUploadedObject({
    key: upload.storageKey,
    expectedSize: upload.size,
    declaredContentType: upload.contentType,
    fileName: upload.fileName,
  });
  if (!verified.ok) {
    await db.delete(uploads).where(eq(uploads.id, upload.id));
    throw new UserError(verified.code === "files.missing" ? "admin_settings.logo_missing" : "admin_settings.logo_type", "logo");
  }

  const previousKey = await db.transaction(async (tx) => {
    const [office] = await tx
      .select({ logoKey: offices.logoKey })
      .from(offices)
      .where(eq(offices.id, viewer.officeId))
      .for("update")
      .limit(1);
    if (!office) throw new UserError("errors.not_found");
    await tx.update(offices).set({ logoKey: upload.storageKey }).where(eq(offices.id, viewer.officeId));
    await tx.update(uploads).set({ status: "attached" }).where(eq(uploads.id, upload.id));
    if (office.logoKey) await tx.delete(uploads).where(eq(uploads.storageKey, office.logoKey));
    await recordAudit(tx, {
      officeId: viewer.officeId,
      actorId: viewer.userId,
      action: "office.update",
      subjectType: "office",
      subjectId: viewer.officeId,
      ip,
      data: { fields: ["logo"] },
    });
    return office.logoKey;
  });
  if (previousKey) await deleteQuietly(previousKey);
  return { fileName: upload.fileName };
}

/** Removes the logo: the office shows its name only; the object is deleted after the change is committed. */
export async function removeLogo({ viewer, ip }: Context): Promise<void> {
  const db = await getDb();
  const previousKey = await db.transaction(async (tx) => {
    const [office] = await tx
      .select({ logoKey: offices.logoKey })
      .from(offices)
      .where(eq(offices.id, viewer.officeId))
      .for("update")
      .limit(1);
    if (!office) throw new UserError("errors.not_found");
    if (!office.logoKey) return null;
    await tx.update(offices).set({ logoKey: null }).where(eq(offices.id, viewer.officeId));
    await tx.delete(uploads).where(eq(uploads.storageKey, office.logoKey));
    await recordAudit(tx, {
      officeId: viewer.officeId,
      actorId: viewer.userId,
      action: "office.update",
      subjectType: "office",
      subjectId: viewer.officeId,
      ip,
      data: { fields: ["logo"] },
    });
    return office.logoKey;
  });
  if (previousKey) await deleteQuietly(previousKey);
}

// The database no longer points at the object; if the store is briefly unreachable it stays an orphan
// rather than failing a change that already happened.
async function deleteQuietly(key: string): Promise<void> {
  try {
    await deleteObject(key);
  } catch (error) {
    console.error("Could not delete the replaced office logo object", error);
  }
}

const LOGO_PREVIEW_SECONDS = 5 * 60;

/**
 * A short-lived URL that shows the logo in an <img> on the settings page. presignDownload always says
 * "attachment"; an image needs "inline". Only verified PNG/JPEG objects get here, served with their own type.
 */
export async function presignLogoPreview(logo: { key: string; fileName: string; contentType: string }): Promise<string> {
  if (parseObjectKey(logo.key)?.kind !== "office" || !LOGO_CONTENT_TYPES.includes(logo.contentType)) {
    throw new Error("presignLogoPreview: not an office logo");
  }
  const storage = getStorage();
  const command = new GetObjectCommand({
    Bucket: storage.bucket,
    Key: logo.key,
    ResponseContentDisposition: contentDisposition(logo.fileName, "inline"),
    ResponseContentType: logo.contentType,
  });
  return getSignedUrl(storage.presigner, command, { expiresIn: LOGO_PREVIEW_SECONDS });
}
