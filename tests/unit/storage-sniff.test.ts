// Magic-byte checks on hand-made samples of each allowed kind, and on impostors.
import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { FILE_RULES } from "@/lib/storage/file-types";
import { detectExtension, looksLikeText, sniffMatches } from "@/lib/storage/sniff";

const bytes = (...parts: (string | number[] | Uint8Array)[]) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p)))));

/** A zip archive with stored (uncompressed) entries, enough for file-type to read the entry names. */
function zip(entries: Record<string, string>): Uint8Array {
  const chunks: Buffer[] = [];
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(Buffer.byteLength(name), 26);
    chunks.push(header, Buffer.from(name), data);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

const contentTypes = (main: string) =>
  `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Override PartName="/x.xml" ContentType="${main}"/></Types>`;

const PDF = bytes("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF\0", [1, 1, 0, 0, 1, 0, 1, 0, 0]);
const HEIC = bytes([0, 0, 0, 0x18], "ftypheic", [0, 0, 0, 0], "mif1heic");
const CFB = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Uint8Array(504));
const EXE = bytes("MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0", new Uint8Array(64));
const DOCX = zip({
  "[Content_Types].xml": contentTypes("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
  "word/document.xml": "<w:document/>",
});
const XLSX = zip({
  "[Content_Types].xml": contentTypes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
  "xl/workbook.xml": "<workbook/>",
});
const ODT = zip({ mimetype: "application/vnd.oasis.opendocument.text", "content.xml": "<office:document-content/>" });
const TEXT = new TextEncoder().encode("Beste notaris,\r\n\tHierbij de stukken. Met vriendelijke groet — Eva\n");

describe("sniffMatches", () => {
  it.each([
    ["pdf", PDF],
    ["png", PNG],
    ["jpg", JPEG],
    ["jpeg", JPEG],
    ["heic", HEIC],
    ["doc", CFB],
    ["xls", CFB],
    ["docx", DOCX],
    ["xlsx", XLSX],
    ["odt", ODT],
    ["txt", TEXT],
  ])("accepts a real %s", async (ext, sample) => {
    expect(await sniffMatches(sample, FILE_RULES[ext]!)).toBe(true);
  });

  it.each([
    ["pdf", EXE],
    ["pdf", PNG],
    ["png", JPEG],
    ["jpg", PDF],
    ["docx", XLSX],
    ["docx", CFB],
    ["doc", DOCX],
    ["odt", PDF],
    ["txt", EXE],
    ["txt", PDF],
    ["txt", PNG],
    ["heic", TEXT],
  ])("rejects something else uploaded as %s", async (ext, sample) => {
    expect(await sniffMatches(sample, FILE_RULES[ext]!)).toBe(false);
  });

  it("reports what file-type sees, so the table's names stay right", async () => {
    expect(await detectExtension(DOCX)).toBe("docx");
    expect(await detectExtension(XLSX)).toBe("xlsx");
    expect(await detectExtension(ODT)).toBe("odt");
    expect(await detectExtension(CFB)).toBe("cfb");
    expect(await detectExtension(EXE)).toBe("exe");
    expect(await detectExtension(TEXT)).toBeUndefined();
  });

  it("accepts a docx cut off in the middle of the archive", async () => {
    expect(await sniffMatches(DOCX.subarray(0, 200), FILE_RULES.docx!)).toBe(true);
  });
});

describe("looksLikeText", () => {
  it("accepts UTF-8 and Windows-1252 text, rejects NUL and other control bytes", () => {
    expect(looksLikeText(bytes("Caf\xE9 \x80 5,-\r\n"))).toBe(true); // Windows-1252
    expect(looksLikeText(new TextEncoder().encode("Koopakte – concept é\n"))).toBe(true);
    expect(looksLikeText(bytes("abc\0def"))).toBe(false);
    expect(looksLikeText(bytes("\xFF\xFEa\0b\0"))).toBe(false); // UTF-16
    expect(looksLikeText(bytes("ab\x01cd"))).toBe(false);
  });
});
