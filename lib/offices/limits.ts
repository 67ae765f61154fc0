// Limits of the office settings, shared by the zod schemas and the forms (kept free of heavy imports so
// client components can use them).
import type { FilePolicy } from "@/lib/uploads/types";

export const MAX_HOSTNAMES = 10;
export const MAX_FAQ_ENTRIES = 50;
export const FAQ_QUESTION_MAX = 300;
export const FAQ_ANSWER_MAX = 4000;
export const OFFICE_NAME_MAX = 200;
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
/** What the logo file input accepts; the server checks extension, size and magic bytes again. */
export const LOGO_ACCEPT = ".png,.jpg,.jpeg,image/png,image/jpeg";
export const LOGO_CONTENT_TYPES: readonly string[] = ["image/png", "image/jpeg"];
/** The logo's rule for the generic upload steps (lib/uploads/uploads.ts). */
export const LOGO_FILE_POLICY: FilePolicy = { contentTypes: LOGO_CONTENT_TYPES, maxBytes: LOGO_MAX_BYTES };
/** WCAG AA for normal text: buttons put white text on the brand colour. */
export const MIN_BRAND_CONTRAST = 4.5;
