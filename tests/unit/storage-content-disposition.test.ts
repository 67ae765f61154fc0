import { describe, expect, it } from "vitest";
import { asciiFallback, contentDisposition } from "@/lib/storage/content-disposition";

/** Splits a header into its fallback name and its decoded RFC 5987 name. */
function parse(header: string): { type: string; fallback: string; encoded: string; decoded: string } {
  const match = /^(attachment|inline); filename="([^"\\]*)"; filename\*=UTF-8''([A-Za-z0-9!#$&+\-.^_`|~%]+)$/.exec(header);
  if (!match) throw new Error(`malformed header: ${header}`);
  return { type: match[1]!, fallback: match[2]!, encoded: match[3]!, decoded: decodeURIComponent(match[3]!) };
}

describe("contentDisposition", () => {
  it("keeps an ASCII name as it is", () => {
    expect(contentDisposition("Koopakte 2024.pdf")).toBe(`attachment; filename="Koopakte 2024.pdf"; filename*=UTF-8''Koopakte%202024.pdf`);
    expect(parse(contentDisposition("a.txt", "inline")).type).toBe("inline");
  });

  it("percent-encodes a unicode name and gives an ASCII fallback", () => {
    const parsed = parse(contentDisposition("Koopakte – concept é.pdf"));
    expect(parsed.type).toBe("attachment");
    expect(parsed.decoded).toBe("Koopakte – concept é.pdf");
    expect(parsed.encoded).toBe("Koopakte%20%E2%80%93%20concept%20%C3%A9.pdf");
    expect(parsed.fallback).toBe("Koopakte concept e.pdf");
  });

  it("takes quotes and backslashes out of the fallback and encodes them in filename*", () => {
    const name = `Brief "definitief" van O'Brien \\ (kopie)*.docx`;
    const parsed = parse(contentDisposition(name));
    expect(parsed.fallback).toBe("Brief definitief van O'Brien _ (kopie)*.docx");
    expect(parsed.encoded).not.toMatch(/['()*"\\]/);
    // Backslash becomes "_" so no browser can read it as a path.
    expect(parsed.decoded).toBe(`Brief "definitief" van O'Brien _ (kopie)*.docx`);
  });

  it("cuts a 300-character unicode name to 255 UTF-8 bytes, keeping the extension and whole characters", () => {
    const base = "é😀文".repeat(100);
    const name = `${base}.pdf`;
    expect([...name].length).toBe(304);
    const parsed = parse(contentDisposition(name));
    expect(Buffer.byteLength(parsed.decoded)).toBeLessThanOrEqual(255);
    expect(parsed.decoded.endsWith(".pdf")).toBe(true);
    expect(base.startsWith(parsed.decoded.slice(0, -4))).toBe(true);
    expect(parsed.decoded.isWellFormed()).toBe(true);
    expect(parsed.fallback).toMatch(/^[\x20-\x7e]+$/);
    expect(parsed.fallback.endsWith(".pdf")).toBe(true);
  });

  it("never lets control characters or a lone surrogate through", () => {
    const parsed = parse(contentDisposition("a\r\nSet-Cookie: x\u0000\ud800.txt"));
    expect(parsed.decoded).not.toMatch(/[\r\n\u0000]/);
    expect(parsed.decoded.isWellFormed()).toBe(true);
    expect(parsed.fallback).not.toMatch(/[\r\n]/);
  });

  it("falls back to 'download' when nothing ASCII is left", () => {
    expect(asciiFallback("契約書.pdf")).toBe("download.pdf");
    expect(asciiFallback("契約書")).toBe("download");
    expect(parse(contentDisposition("   ")).decoded).toBe("download");
  });
});
