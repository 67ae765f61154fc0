import { z } from "zod";
import { removeInvisibleCharacters } from "@/lib/core/text";
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

// Only the subject is required (docs/client-manual.md M-MSG-4): a message may be just a subject, or a subject with
// attachments. Browsers send CRLF from a textarea; one line ending keeps the stored text and its length check the same.
const body = z
  .string({ error: "errors.invalid" })
  .default("")
  .transform((value) => value.replace(/\r\n?/g, "\n").trim())
  .pipe(z.string().max(MAX_BODY_LENGTH, "errors.too_long"));

// A FormData with one value gives a string, with none nothing: both become a list.
const idList = (max: number, tooMany: string) =>
  z
    .union([z.uuid("errors.invalid"), z.array(z.uuid("errors.invalid"))])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
    .pipe(z.array(z.string()).max(max, tooMany));

const uploadIds = idList(MAX_FILES_PER_MESSAGE, "errors.too_many_attachments");

// Made once per compose form (crypto.randomUUID); the same key twice means the same message.
const composeKey = z.uuid("errors.invalid").optional();

export const replyToMessageSchema = z.strictObject({
  messageId: z.uuid("errors.not_found"),
  subject,
  body,
  uploadIds,
  composeKey,
});

/** More than any dossier has clients; only a bound on the input. */
const MAX_RECIPIENTS = 100;

/**
 * Nieuw bericht in a dossier, plus, for staff, who it is for: every client of the dossier (`audience` "dossier",
 * the default) or the clients in `recipientIds` ("recipients", at least one; each must be linked to the
 * dossier, which the send checks). Clients cannot choose: sendMessage refuses an audience from a client.
 */
export const sendMessageSchema = z
  .strictObject({
    dossierId: z.uuid("errors.not_found"),
    subject,
    body,
    uploadIds,
    composeKey,
    audience: z.enum(["dossier", "recipients"], { error: "errors.invalid" }).optional(),
    recipientIds: idList(MAX_RECIPIENTS, "errors.invalid"),
  })
  .superRefine((input, context) => {
    if (input.audience === "recipients" && input.recipientIds.length === 0) {
      context.addIssue({ code: "custom", path: ["recipientIds"], message: "messages.recipients_required" });
    }
    if (input.audience !== "recipients" && input.recipientIds.length > 0) {
      context.addIssue({ code: "custom", path: ["recipientIds"], message: "errors.invalid" });
    }
  });

export type ReplyToMessageInput = z.output<typeof replyToMessageSchema>;
export type SendMessageInput = z.output<typeof sendMessageSchema>;

export const assignConversationSchema = z.strictObject({
  messageId: z.string().max(64, "errors.not_found"),
  to: z.enum(["me", "nobody"], "errors.invalid"),
});
