// Magic-byte check of an uploaded object's first bytes against the type its extension promises [5.2.2].
import { fileTypeFromBuffer } from "file-type";
import type { FileRule } from "./file-types";

/** How many leading bytes verify.ts reads; file-type's own default sample size. */
export const SNIFF_BYTES = 4100;

/** True when `sample`, the first bytes of an object, fits `rule`. */
export async function sniffMatches(sample: Uint8Array, rule: FileRule): Promise<boolean> {
  const detected = await detectExtension(sample);
  if (rule.detected === "text") return detected === undefined && looksLikeText(sample);
  return detected !== undefined && rule.detected.includes(detected);
}

/** What file-type makes of the bytes (its `ext`), or undefined when it recognises nothing. */
export async function detectExtension(sample: Uint8Array): Promise<string | undefined> {
  try {
    return (await fileTypeFromBuffer(sample))?.ext;
  } catch {
    // A truncated container can make a parser give up; that is "not recognised", not a server error.
    return undefined;
  }
}

// Control bytes that do not occur in text files: all C0 except tab, LF, VT, FF, CR, SUB (DOS end of file)
// and ESC. Any binary format has some of them within a few bytes; NUL alone also rules out UTF-16.
const BINARY_BYTE = /[\u0000-\u0008\u000e-\u0019\u001c-\u001f]/;

/**
 * Text has no magic bytes, so this checks the opposite: nothing binary in the sample. The encoding is not
 * required to be UTF-8 because older Dutch software writes Windows-1252; downloads are attachments anyway.
 */
export function looksLikeText(sample: Uint8Array): boolean {
  // latin1 maps each byte to one character, so the pattern sees bytes.
  const bytes = Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength).toString("latin1");
  return !BINARY_BYTE.test(bytes);
}
