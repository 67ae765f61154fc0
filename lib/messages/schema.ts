import { z } from "zod";
import { removeInvisibleCharacters } from "@/lib/text";
import { MAX_FILES_PER_MESSAGE } from "@/lib/storage/file-types";
import { normaliseSubject } from "./subject";

export const MAX_SUBJECT_LENGTH = 200;
export const MAX_BODY_LENGTH = 10_000;

const subject = z
  .string({ error: "errors.required" })
  .overwrite(removeInvisibleCharacters)
  .trim()
  .min(1, "errors.required")
  .max(MAX_SUBJECT_LENGTH, "errors.too_long")
  .transform(normaliseSubject);

// Browsers send CRLF from a textarea; one line ending keeps the stored text and its length check the same.
const body = z
  .string({ error: "errors.required" })
  .transform((value) => value.replace(/\r\n?/g, "\n").trim())
  .pipe(z.string().min(1, "errors.required").max(MAX_BODY_LENGTH, "errors.too_long"));

// A FormData with one attachment gives a string, with none nothing: both become a list.
const uploadIds = z
  .union([z.uuid("errors.invalid"), z.array(z.uuid("errors.invalid"))])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
  .pipe(z.array(z.string()).max(MAX_FILES_PER_MESSAGE, "errors.too_many_attachments"));

// Made once per compose form (crypto.randomUUID); the same key twice means the same message.
const composeKey = z.uuid("errors.invalid").optional();

export const replyToMessageSchema = z.strictObject({
  messageId: z.uuid("errors.not_found"),
  subject,
  body,
  uploadIds,
  composeKey,
});

export const sendDossierMessageSchema = z.strictObject({
  dossierId: z.uuid("errors.not_found"),
  subject,
  body,
  uploadIds,
  composeKey,
});

export type ReplyToMessageInput = z.output<typeof replyToMessageSchema>;
export type SendDossierMessageInput = z.output<typeof sendDossierMessageSchema>;
