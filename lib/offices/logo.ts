// The office logo: uploaded with the generic steps of lib/uploads/uploads.ts (an office-level upload under a key
// the server built, PNG/JPEG ≤ 2 MB, verified for size and magic bytes); only after that does offices.logo_key
// point at it. The replaced object is deleted after the new one is committed, so a failed save never leaves the
// office without its logo.
import "server-only";
import { eq } from "drizzle-orm";
import { type Executor } from "@/db/client";
import { getDb } from "@/lib/db";
import { offices, uploads } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { AdminViewer } from "@/lib/core/viewer";
import { UserError } from "@/lib/core/errors";
import type { MessageKey } from "@/lib/core/message-keys";
import { errorText, log } from "@/lib/log";
import { presignView } from "@/lib/storage/presign";
import { parseObjectKey } from "@/lib/storage/keys";
import { deleteObject } from "@/lib/storage/objects";
import type { DeclaredFile } from "@/lib/uploads/types";
import type { PutTicket } from "@/lib/uploads/types";
import { completeUpload, findOwnUpload, requestUpload } from "@/lib/uploads/uploads";
import { LOGO_CONTENT_TYPES, LOGO_FILE_POLICY } from "./limits";

type Context = { viewer: AdminViewer; ip: string | null };

// The generic file codes that have a logo's own wording ("choose a PNG or JPEG", "at most 2 MB"); the others
// (an invalid name, a size that does not match) keep their generic text. All of them belong to the logo field.
const LOGO_CODES: Readonly<Partial<Record<MessageKey, MessageKey>>> = {
  "files.type_not_allowed": "admin_settings.logo_type",
  "files.type_mismatch": "admin_settings.logo_type",
  "files.content_mismatch": "admin_settings.logo_type",
  "files.too_large": "admin_settings.logo_too_large",
  "files.empty": "admin_settings.logo_empty",
  "files.missing": "admin_settings.logo_missing",
};

async function asLogo<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (!(error instanceof UserError) || !error.code.startsWith("files.")) throw error;
    throw new UserError(LOGO_CODES[error.code] ?? error.code, "logo");
  }
}

/** Step 1: an office-level upload with the logo's file policy (2 MB: always one PUT, never in parts). */
export async function startLogoUpload({ viewer, ip }: Context, file: DeclaredFile): Promise<PutTicket> {
  const ticket = await asLogo(() => requestUpload({ viewer, ip, office: true, ...file, policy: LOGO_FILE_POLICY }));
  if (!("url" in ticket)) throw new Error("startLogoUpload: a logo is never a multipart upload");
  return ticket;
}

/** Verifies the uploaded object and makes it the office's logo; the previous logo object is deleted. */
export async function attachLogo({ viewer, ip }: Context, uploadId: string): Promise<{ fileName: string }> {
  const verified = await asLogo(() => completeUpload({ viewer, uploadId, kind: "office" }));
  const db = await getDb();
  const previousKeys = await db.transaction(async (tx) => {
    const [office] = await tx
      .select({ logoKey: offices.logoKey })
      .from(offices)
      .where(eq(offices.id, viewer.officeId))
      .for("update")
      .limit(1);
    if (!office) throw new UserError("errors.not_found");
    // Locked: a parallel attach of the same upload then finds it attached and stops here.
    const upload = await findOwnUpload(tx, {
      viewer,
      uploadId: verified.uploadId,
      kind: "office",
      statuses: ["verified"],
      forUpdate: true,
    });
    if (!upload) throw new UserError("errors.not_found");
    await tx.update(offices).set({ logoKey: upload.storageKey }).where(eq(offices.id, viewer.officeId));
    await tx.update(uploads).set({ status: "attached" }).where(eq(uploads.id, upload.id));
    const previousKeys = office.logoKey ? await forgetLogoUpload(tx, office.logoKey) : [];
    await recordAudit(tx, {
      officeId: viewer.officeId,
      actorId: viewer.userId,
      action: "office.update",
      subjectType: "office",
      subjectId: viewer.officeId,
      ip,
      data: { fields: ["logo"] },
    });
    return previousKeys;
  });
  await deleteQuietly(previousKeys);
  return { fileName: verified.fileName };
}

/** Removes the logo: the office shows its name only; the object is deleted after the change is committed. */
export async function removeLogo({ viewer, ip }: Context): Promise<void> {
  const db = await getDb();
  const previousKeys = await db.transaction(async (tx) => {
    const [office] = await tx
      .select({ logoKey: offices.logoKey })
      .from(offices)
      .where(eq(offices.id, viewer.officeId))
      .for("update")
      .limit(1);
    if (!office) throw new UserError("errors.not_found");
    if (!office.logoKey) return [];
    await tx.update(offices).set({ logoKey: null }).where(eq(offices.id, viewer.officeId));
    const previousKeys = await forgetLogoUpload(tx, office.logoKey);
    await recordAudit(tx, {
      officeId: viewer.officeId,
      actorId: viewer.userId,
      action: "office.update",
      subjectType: "office",
      subjectId: viewer.officeId,
      ip,
      data: { fields: ["logo"] },
    });
    return previousKeys;
  });
  await deleteQuietly(previousKeys);
}

/**
 * Drops the upload row of a logo that is no longer used; returns the keys to delete after commit: the logo object
 * and the upload's staging key while it still has one (a late PUT may have put an object there).
 */
async function forgetLogoUpload(tx: Executor, logoKey: string): Promise<string[]> {
  const rows = await tx.delete(uploads).where(eq(uploads.storageKey, logoKey)).returning({ stagingKey: uploads.stagingKey });
  return [logoKey, ...rows.flatMap((row) => (row.stagingKey ? [row.stagingKey] : []))];
}

// The database no longer points at the objects; if the store is briefly unreachable they stay orphans
// rather than failing a change that already happened.
async function deleteQuietly(keys: string[]): Promise<void> {
  for (const key of keys) {
    try {
      await deleteObject(key);
    } catch (error) {
      log.error({ event: "office_logo.delete_failed", error: errorText(error) }, "could not delete the replaced office logo object");
    }
  }
}

const LOGO_PREVIEW_SECONDS = 5 * 60;

/** A short-lived URL that shows the logo in an <img> on the settings page (verified PNG/JPEG objects only). */
export async function presignLogoPreview(logo: { key: string; fileName: string; contentType: string }): Promise<string> {
  if (parseObjectKey(logo.key)?.kind !== "office" || !LOGO_CONTENT_TYPES.includes(logo.contentType)) {
    throw new Error("presignLogoPreview: not an office logo");
  }
  return (await presignView(logo, { expiresInSeconds: LOGO_PREVIEW_SECONDS })).url;
}
