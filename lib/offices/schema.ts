import { isValidPhoneNumber } from "libphonenumber-js/max";
import { z } from "zod";
import { removeInvisibleCharacters } from "@/lib/core/text";
import { emailField } from "@/lib/clients/schema";
import { contrastWithWhite, isHexColour } from "./colour";
import { FAQ_ANSWER_MAX, FAQ_QUESTION_MAX, MAX_FAQ_ENTRIES, MAX_HOSTNAMES, MIN_BRAND_CONTRAST, OFFICE_NAME_MAX } from "./limits";

// Lower-case DNS name: labels of letters, digits and inner hyphens, at most 63 characters each, 253 in all.
const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
const HOSTNAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);

function isHostname(value: string): boolean {
  return value.length <= 253 && HOSTNAME.test(value);
}

export const officeNameField = z
  .string()
  .overwrite(removeInvisibleCharacters)
  .trim()
  .min(1, "errors.required")
  .max(OFFICE_NAME_MAX, "errors.too_long");

/** A phone number clients can call (landline or mobile), kept as the office typed it; empty means none. */
const contactPhoneField = z
  .string()
  .trim()
  .max(32, "admin_settings.phone_invalid")
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    if (!isValidPhoneNumber(value, "NL")) {
      ctx.addIssue({ code: "custom", message: "admin_settings.phone_invalid" });
      return z.NEVER;
    }
    return value;
  });

const contactEmailField = z
  .string()
  .optional()
  .transform((value) => value?.trim() || null)
  .pipe(emailField.nullable());

const brandColorField = z
  .string()
  .trim()
  .toLowerCase()
  .refine(isHexColour, "admin_settings.colour_invalid")
  .refine((colour) => contrastWithWhite(colour) >= MIN_BRAND_CONTRAST, "admin_settings.colour_contrast");

/** One host name per line (the form) or a list (the CLI); lower-cased, without blanks. */
export const hostnamesField = z
  .union([z.string(), z.array(z.string())], { error: "errors.invalid" })
  .optional()
  .transform((value) =>
    (typeof value === "string" ? value.split(/\r?\n/) : (value ?? [])).map((host) => host.trim().toLowerCase()).filter(Boolean),
  )
  .superRefine((hosts, ctx) => {
    const problem =
      hosts.length > MAX_HOSTNAMES
        ? "admin_settings.hostnames_too_many"
        : !hosts.every(isHostname)
          ? "admin_settings.hostname_invalid"
          : new Set(hosts).size !== hosts.length
            ? "admin_settings.hostname_duplicate"
            : null;
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const officeDetailsSchema = z.object({
  name: officeNameField,
  contactPhone: contactPhoneField,
  contactEmail: contactEmailField,
  brandColor: brandColorField,
  hostnames: hostnamesField,
});
export type OfficeDetailsInput = z.output<typeof officeDetailsSchema>;

const text = (max: number) => z.string().trim().min(1, "errors.required").max(max, "errors.too_long");
const inBothLanguages = (max: number) => z.object({ nl: text(max), en: text(max) });

const faqEntrySchema = z.object({
  question: inBothLanguages(FAQ_QUESTION_MAX),
  answer: inBothLanguages(FAQ_ANSWER_MAX),
});

export const officeFaqSchema = z.object({
  faq: z.array(faqEntrySchema, { error: "errors.invalid" }).max(MAX_FAQ_ENTRIES, "admin_settings.faq_too_many"),
});
export type OfficeFaqInput = z.output<typeof officeFaqSchema>;

export const requestLogoUploadSchema = z.object({
  fileName: z.string().max(1000, "admin_settings.logo_type"),
  contentType: z.string().max(200, "admin_settings.logo_type"),
  size: z.coerce.number({ error: "errors.invalid" }),
});

export const completeLogoUploadSchema = z.object({ uploadId: z.string().max(100, "errors.not_found") });
