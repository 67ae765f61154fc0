import { z } from "zod";

// The file checks themselves (name, type, size) live in lib/storage/file-types.ts and answer with a file code
// ("files.too_large", ...); these schemas only make sure the values have the right shape.
const id = z.string().trim().max(64, "errors.invalid");

export const requestUploadSchema = z.object({
  dossierId: id,
  fileName: z.string().max(2000, "files.name_invalid"),
  contentType: z.string().max(200, "files.type_mismatch"),
  size: z.number({ error: "files.empty" }),
});
export type RequestUploadInput = z.output<typeof requestUploadSchema>;

export const uploadIdSchema = z.object({ uploadId: id });

export const completeUploadSchema = z.object({
  uploadId: id,
  // Only for a multipart upload: each part's number and the ETag the store answered with.
  parts: z
    .array(z.object({ partNumber: z.number().int().min(1).max(10_000), etag: z.string().min(1).max(200) }))
    .max(10_000)
    .optional(),
});

export const signPartSchema = z.object({ uploadId: id, partNumber: z.number({ error: "errors.invalid" }).int("errors.invalid") });
