// Which files the portal accepts [5.1.1, 5.2.1]: a fixed table keyed by extension. The extension decides
// the type; the browser's declared content type only has to agree with it (browsers often send nothing
// or application/octet-stream for HEIC and Office files), and the stored bytes are checked in verify.ts.

import { hasInvisibleCharacters } from "@/lib/core/text";

/** 1 GB (GiB) a file: scans of a whole archive fit; parts of 10 MB go straight to storage (multipart.ts). */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024;
export const MAX_FILES_PER_MESSAGE = 20;
export const MAX_FILE_NAME_LENGTH = 255;

export type FileRule = {
  /** The content type stored in the database and served on download. */
  contentType: string;
  /** Other content types browsers send for the same kind of file. */
  aliases: readonly string[];
  /** What `file-type` reports (its `ext`) for such a file; "text" means it must report nothing and look like text. */
  detected: readonly string[] | "text";
};

const PDF: FileRule = { contentType: "application/pdf", aliases: ["application/x-pdf"], detected: ["pdf"] };
const JPEG: FileRule = { contentType: "image/jpeg", aliases: ["image/jpg", "image/pjpeg"], detected: ["jpg"] };

export const FILE_RULES: Readonly<Record<string, FileRule>> = {
  pdf: PDF,
  jpg: JPEG,
  jpeg: JPEG,
  png: { contentType: "image/png", aliases: [], detected: ["png", "apng"] },
  heic: {
    contentType: "image/heic",
    aliases: ["image/heif", "image/heic-sequence", "image/heif-sequence"],
    detected: ["heic"],
  },
  // DOC and XLS are Compound File Binary containers; file-type cannot tell them apart ("cfb").
  doc: { contentType: "application/msword", aliases: [], detected: ["cfb"] },
  xls: { contentType: "application/vnd.ms-excel", aliases: [], detected: ["cfb"] },
  // Office Open XML and OpenDocument are zip archives; file-type names them only when it can read the
  // archive's entries within the sampled bytes (not so when the writer put them last), so "zip" passes too.
  docx: {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    aliases: [],
    detected: ["docx", "zip"],
  },
  xlsx: {
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    aliases: [],
    detected: ["xlsx", "zip"],
  },
  odt: {
    contentType: "application/vnd.oasis.opendocument.text",
    aliases: [],
    detected: ["odt", "zip"],
  },
  txt: { contentType: "text/plain", aliases: [], detected: "text" },
};

/** The accept attribute for <input type="file">: extensions and content types. */
export const ACCEPT_ATTRIBUTE = [
  ...Object.keys(FILE_RULES).map((ext) => `.${ext}`),
  ...new Set(Object.values(FILE_RULES).map((rule) => rule.contentType)),
].join(",");

// Content types a browser sends when it does not know the type; the extension then decides.
const UNKNOWN_CONTENT_TYPES = new Set(["", "application/octet-stream", "binary/octet-stream"]);

// C0/C1 controls and DEL; path separators; bidirectional overrides/isolates, which can make
// "factuur\u202Efdp.exe" look like a PDF in a file list (and the other invisible characters of lib/text.ts).
const FORBIDDEN_IN_NAME = /[\u0000-\u001f\u007f-\u009f/\\\u202a-\u202e\u2066-\u2069]/;

export type FileCheckCode = "files.name_invalid" | "files.type_not_allowed" | "files.type_mismatch" | "files.empty" | "files.too_large";

export type DeclaredFileCheck = { ok: true; fileName: string; contentType: string; rule: FileRule } | { ok: false; code: FileCheckCode };

/** The file name's extension, lowercased, or "" when it has none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 && dot < fileName.length - 1 ? fileName.slice(dot + 1).toLowerCase() : "";
}

export function ruleForFileName(fileName: string): FileRule | undefined {
  const ext = extensionOf(fileName);
  return Object.hasOwn(FILE_RULES, ext) ? FILE_RULES[ext] : undefined;
}

/** Lowercases a content type and drops its parameters ("text/plain; charset=utf-8" → "text/plain"). */
export function essence(contentType: string): string {
  return (contentType.split(";")[0] ?? "").trim().toLowerCase();
}

/**
 * Checks what the browser says about a file before anything is signed. On success gives the file name to
 * store (trimmed, NFC) and the content type to store and sign (from the table, never the browser's text).
 */
export function checkDeclaredFile(file: { fileName: string; contentType: string; size: number }): DeclaredFileCheck {
  const fileName = typeof file.fileName === "string" ? file.fileName.trim().normalize("NFC") : "";
  const length = [...fileName].length;
  if (length === 0 || length > MAX_FILE_NAME_LENGTH) return { ok: false, code: "files.name_invalid" };
  if (!fileName.isWellFormed() || FORBIDDEN_IN_NAME.test(fileName) || hasInvisibleCharacters(fileName))
    return { ok: false, code: "files.name_invalid" };
  if (fileName === "." || fileName === "..") return { ok: false, code: "files.name_invalid" };

  const rule = ruleForFileName(fileName);
  if (!rule) return { ok: false, code: "files.type_not_allowed" };
  const declared = essence(typeof file.contentType === "string" ? file.contentType : "");
  if (!UNKNOWN_CONTENT_TYPES.has(declared) && declared !== rule.contentType && !rule.aliases.includes(declared)) {
    return { ok: false, code: "files.type_mismatch" };
  }

  if (typeof file.size === "number" && file.size > MAX_FILE_BYTES) return { ok: false, code: "files.too_large" };
  if (!Number.isSafeInteger(file.size) || file.size <= 0) return { ok: false, code: "files.empty" };

  return { ok: true, fileName, contentType: rule.contentType, rule };
}
