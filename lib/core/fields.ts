import { z } from "zod";
import { isUuid } from "./ids";
import { removeInvisibleCharacters } from "./text";

// Input fields that several forms share. Their messages are keys of messages/*.json (the guard passes them on).

/**
 * A name, title or reference people type and others read: invisible and direction characters removed, trimmed,
 * required, at most `max` characters.
 */
export function typedText(max: number) {
  return z.string().overwrite(removeInvisibleCharacters).trim().min(1, "errors.required").max(max, "errors.too_long");
}

/** The id of a row the viewer picks (a dossier, an upload, a message): anything but a UUID is simply not found. */
export const rowId = z.string().refine(isUuid, "errors.not_found");
