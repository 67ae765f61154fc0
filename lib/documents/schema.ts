import { z } from "zod";
import { removeInvisibleCharacters } from "@/lib/core/text";
import { MAX_FILES_PER_MESSAGE } from "@/lib/storage/file-types";
import { MAX_TITLE_LENGTH } from "@/lib/uploads/title";

/** Staff publish into these two tabs; "supplied" documents come from clients' messages only. */
export const PUBLISHED_KINDS = ["correspondence", "document"] as const;
export type PublishedKind = (typeof PUBLISHED_KINDS)[number];

export const publishDocumentsSchema = z.strictObject({
  dossierId: z.string().max(64, "errors.not_found"),
  kind: z.enum(PUBLISHED_KINDS, { error: "errors.invalid" }),
  uploads: z
    .array(
      z.strictObject({
        uploadId: z.string().max(64, "errors.not_found"),
        title: z
          .string({ error: "errors.required" })
          .overwrite(removeInvisibleCharacters)
          .trim()
          .min(1, "errors.required")
          .max(MAX_TITLE_LENGTH, "errors.too_long"),
      }),
    )
    .min(1, "admin_documents.no_files")
    .max(MAX_FILES_PER_MESSAGE, "admin_documents.too_many_files"),
});
export type PublishDocumentsInput = z.output<typeof publishDocumentsSchema>;

export const withdrawDocumentSchema = z.strictObject({ documentId: z.string().max(64, "errors.not_found") });
