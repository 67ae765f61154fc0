// Content-Disposition for downloads (RFC 6266 with RFC 5987 encoding): the exact name for browsers that
// read filename*, and a plain-ASCII one for those that only read filename.

/** File systems take at most 255 bytes per name; a longer header value only makes the signed URL longer. */
const MAX_NAME_BYTES = 255;
const MAX_EXTENSION_LENGTH = 16;

export function contentDisposition(fileName: string, type: "attachment" | "inline" = "attachment"): string {
  const name = limitBytes(cleanName(fileName), MAX_NAME_BYTES);
  return `${type}; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

function cleanName(fileName: string): string {
  const cleaned = fileName
    .toWellFormed() // a lone surrogate would make encodeURIComponent throw
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/[/\\]/g, "_")
    .trim();
  return cleaned === "" ? "download" : cleaned;
}

/** Cuts the base name (never the extension, never inside a character) until the UTF-8 form fits. */
function limitBytes(name: string, maxBytes: number): string {
  if (Buffer.byteLength(name) <= maxBytes) return name;
  const dot = name.lastIndexOf(".");
  const hasExtension = dot > 0 && name.length - dot <= MAX_EXTENSION_LENGTH + 1;
  const extension = hasExtension ? name.slice(dot) : "";
  let budget = maxBytes - Buffer.byteLength(extension);
  let base = "";
  for (const char of hasExtension ? name.slice(0, dot) : name) {
    budget -= Buffer.byteLength(char);
    if (budget < 0) break;
    base += char;
  }
  return base.trimEnd() + extension;
}

/** Plain printable ASCII without quote, backslash or percent; accents lose their marks ("é" → "e"). */
export function asciiFallback(name: string): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\x20-\x7e]|["\\%]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const dot = ascii.lastIndexOf(".");
  // Nothing left of the base (e.g. a name in Chinese script): keep a usable name with the extension.
  if (ascii === "" || dot === 0) return `download${ascii}`;
  return ascii;
}

/** RFC 5987 value-chars: percent-encode UTF-8, also the four characters encodeURIComponent leaves alone. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
