import { describe, expect, it } from "vitest";
import { checkDeclaredFile, MAX_FILE_BYTES, MAX_FILES_PER_MESSAGE } from "@/lib/storage/file-types";

const ok = (fileName: string, contentType = "", size = 1024) => checkDeclaredFile({ fileName, contentType, size });

describe("checkDeclaredFile", () => {
  it("has the documented limits", () => {
    expect(MAX_FILE_BYTES).toBe(1024 * 1024 * 1024);
    expect(MAX_FILES_PER_MESSAGE).toBe(20);
  });

  it.each([
    ["Koopakte.pdf", "application/pdf", "application/pdf"],
    ["foto.JPG", "image/jpeg", "image/jpeg"],
    ["foto.jpeg", "image/pjpeg", "image/jpeg"],
    ["scan.png", "image/png", "image/png"],
    ["IMG_0001.HEIC", "", "image/heic"],
    ["IMG_0002.heic", "image/heif", "image/heic"],
    ["brief.doc", "application/msword", "application/msword"],
    ["brief.docx", "application/octet-stream", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["begroting.xls", "application/vnd.ms-excel", "application/vnd.ms-excel"],
    ["begroting.xlsx", "", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ["akte.odt", "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text"],
    ["notities.txt", "text/plain; charset=UTF-8", "text/plain"],
  ])("accepts %s declared as %j and stores %s", (fileName, contentType, expected) => {
    expect(ok(fileName, contentType)).toMatchObject({ ok: true, contentType: expected });
  });

  it.each(["setup.exe", "script.js", "page.html", "image.svg", "archive.zip", "noextension", "pdf", ".pdf", "a.pdf.exe"])(
    "rejects %s as a type that is not allowed",
    (fileName) => {
      expect(ok(fileName, "application/pdf")).toEqual({ ok: false, code: "files.type_not_allowed" });
    },
  );

  it("rejects a declared type that contradicts the extension", () => {
    expect(ok("Koopakte.pdf", "application/x-msdownload")).toEqual({ ok: false, code: "files.type_mismatch" });
    expect(ok("foto.png", "image/jpeg")).toEqual({ ok: false, code: "files.type_mismatch" });
    expect(ok("notities.txt", "text/html")).toEqual({ ok: false, code: "files.type_mismatch" });
  });

  it("rejects empty and oversized files", () => {
    expect(ok("a.pdf", "application/pdf", 0)).toEqual({ ok: false, code: "files.empty" });
    expect(ok("a.pdf", "application/pdf", -5)).toEqual({ ok: false, code: "files.empty" });
    expect(ok("a.pdf", "application/pdf", Number.NaN)).toEqual({ ok: false, code: "files.empty" });
    expect(ok("a.pdf", "application/pdf", 1.5)).toEqual({ ok: false, code: "files.empty" });
    expect(ok("a.pdf", "application/pdf", MAX_FILE_BYTES)).toMatchObject({ ok: true });
    expect(ok("a.pdf", "application/pdf", MAX_FILE_BYTES + 1)).toEqual({ ok: false, code: "files.too_large" });
    expect(ok("a.pdf", "application/pdf", 5 * 1024 ** 3)).toEqual({ ok: false, code: "files.too_large" });
  });

  it.each([
    ["", "empty"],
    ["   ", "blank"],
    ["../../etc/passwd.txt", "slash"],
    ["map\\bestand.pdf", "backslash"],
    ["regel\nbreuk.pdf", "newline"],
    ["nul\u0000.pdf", "NUL"],
    ["factuur\u202Efdp.exe.pdf", "right-to-left override"],
    ["half\ud800.pdf", "lone surrogate"],
    [`${"a".repeat(252)}.pdf`, "256 characters"],
  ])("rejects a bad name (%j: %s)", (fileName) => {
    expect(ok(fileName, "application/pdf")).toEqual({ ok: false, code: "files.name_invalid" });
  });

  it("allows unicode names up to 255 characters, trimmed and in NFC", () => {
    const long = `${"é".repeat(251)}.pdf`;
    expect(ok(long)).toMatchObject({ ok: true, fileName: long });
    expect(ok("  Koopakte – concept e\u0301.pdf ")).toMatchObject({ ok: true, fileName: "Koopakte – concept é.pdf" });
    expect(ok("😀".repeat(251) + ".pdf")).toMatchObject({ ok: true });
  });
});
