import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { documents, uploads } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/core/viewer";
import { isUuid } from "@/lib/core/ids";
import { UserError } from "@/lib/core/errors";
import { defaultTitle, MAX_TITLE_LENGTH } from "./title";
import type { DocumentKind } from "./types";

export type AttachInput = {
  viewer: Viewer;
  ip?: string | null;
  dossierId: string;
  uploads: { uploadId: string; title?: string }[];
  kind: DocumentKind;
  /** Set when the files come with a message (a reply with attachments). */
  messageId?: string;
};

/**
 * Turns verified uploads into documents, inside the caller's transaction so the documents appear together
 * with whatever they belong to (a publish, a message) or not at all. Every upload must be the viewer's own,
 * verified, and of this office and dossier; otherwise nothing is written and the error names the file's index
 * (field `uploads.<i>`). Returns the new document ids in input order.
 */
export async function attachUploadsAsDocuments(tx: Executor, input: AttachInput): Promise<string[]> {
  const { viewer } = input;
  if (!isUuid(input.dossierId)) throw new UserError("errors.not_found");
  input.uploads.forEach((item, index) => {
    if (!isUuid(item.uploadId)) throw new UserError("errors.not_found", `uploads.${index}`);
  });
  const ids = input.uploads.map((item) => item.uploadId.toLowerCase());
  if (new Set(ids).size !== ids.length) throw new UserError("errors.invalid_input");
  if (ids.length === 0) return [];

  // Locked, so a parallel publish or discard of the same upload waits and then finds it attached or gone.
  const rows = await tx
    .select()
    .from(uploads)
    .where(
      and(
        inArray(uploads.id, ids),
        eq(uploads.officeId, viewer.officeId),
        eq(uploads.dossierId, input.dossierId.toLowerCase()),
        eq(uploads.userId, viewer.userId),
        eq(uploads.status, "verified"),
      ),
    )
    .for("update");
  const byId = new Map(rows.map((row) => [row.id, row]));
  const missing = ids.findIndex((id) => !byId.has(id));
  if (missing >= 0) throw new UserError("errors.not_found", `uploads.${missing}`);

  const values = ids.map((id, index) => {
    const upload = byId.get(id)!;
    const title = input.uploads[index]!.title?.trim().slice(0, MAX_TITLE_LENGTH) || defaultTitle(upload.fileName);
    return {
      officeId: viewer.officeId,
      dossierId: upload.dossierId!,
      kind: input.kind,
      title,
      fileName: upload.fileName,
      contentType: upload.contentType,
      size: upload.size,
      storageKey: upload.storageKey,
      createdById: viewer.userId,
      messageId: input.messageId ?? null,
    };
  });
  const created = await tx.insert(documents).values(values).returning({ id: documents.id, storageKey: documents.storageKey });
  await tx.update(uploads).set({ status: "attached" }).where(inArray(uploads.id, ids));

  const idByKey = new Map(created.map((row) => [row.storageKey, row.id]));
  const documentIds = values.map((value) => idByKey.get(value.storageKey)!);
  for (const [index, value] of values.entries()) {
    await recordAudit(tx, {
      officeId: viewer.officeId,
      actorId: viewer.userId,
      action: input.messageId ? "upload.attach" : "document.publish",
      subjectType: "document",
      subjectId: documentIds[index],
      dossierId: value.dossierId,
      ip: input.ip ?? null,
      data: {
        kind: value.kind,
        title: value.title,
        fileName: value.fileName,
        size: value.size,
        ...(input.messageId ? { messageId: input.messageId } : {}),
      },
    });
  }
  return documentIds;
}
