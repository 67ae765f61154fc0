import { describe, expect, it } from "vitest";
import { clientFields } from "@/lib/clients/schema";
import { publishDocumentsSchema } from "@/lib/documents/schema";
import { dossierFields } from "@/lib/dossiers/schema";
import { sendMessageSchema } from "@/lib/messages/schema";
import { officeNameField } from "@/lib/offices/schema";
import { checkDeclaredFile } from "@/lib/storage/file-types";
import { hasInvisibleCharacters, removeInvisibleCharacters } from "@/lib/core/text";

const INVISIBLE = [
  "\u061c",
  "\u200b",
  "\u200c",
  "\u200d",
  "\u200e",
  "\u200f",
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\ufeff",
];

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

describe("removeInvisibleCharacters", () => {
  it("removes every invisible and direction character and nothing else", () => {
    for (const character of INVISIBLE) {
      expect(removeInvisibleCharacters(`Koop${character}akte`), codePoint(character)).toBe("Koopakte");
      expect(hasInvisibleCharacters(`a${character}`), codePoint(character)).toBe(true);
    }
    const visible = "Koopakte Dorpsstraat 1 – é ü ß 日本 عربي 👍 \u202f";
    expect(removeInvisibleCharacters(visible)).toBe(visible);
    expect(hasInvisibleCharacters(visible)).toBe(false);
    expect(hasInvisibleCharacters(visible)).toBe(false); // no state kept between calls
  });
});

describe("names and titles in the schemas", () => {
  const spoofed = "Factuur \u202Efdp.exe\u200b";

  it("store dossier titles and references, subjects, names and document titles without them", () => {
    expect(dossierFields.title.parse(spoofed)).toBe("Factuur fdp.exe");
    expect(dossierFields.reference.parse("\u200e2026-01\u200f")).toBe("2026-01");
    expect(clientFields.name.parse("\u2067Anna\u2069 de Vries")).toBe("Anna de Vries");
    expect(officeNameField.parse("Notariaat\ufeff Noord")).toBe("Notariaat Noord");
    const message = sendMessageSchema.parse({ dossierId: crypto.randomUUID(), subject: `Re: ${spoofed}`, body: "x" });
    expect(message.subject).toBe("Re: Factuur fdp.exe");
    const publish = publishDocumentsSchema.parse({ dossierId: "d", kind: "document", uploads: [{ uploadId: "u", title: spoofed }] });
    expect(publish.uploads[0]!.title).toBe("Factuur fdp.exe");
  });

  it("refuse a title that is nothing but invisible characters as empty", () => {
    expect(dossierFields.title.safeParse("\u200b\u202e ").error?.issues[0]?.message).toBe("errors.required");
  });

  it("refuse a file name with any of them", () => {
    for (const character of INVISIBLE) {
      expect(
        checkDeclaredFile({ fileName: `scan${character}.pdf`, contentType: "application/pdf", size: 10 }),
        codePoint(character),
      ).toEqual({
        ok: false,
        code: "files.name_invalid",
      });
    }
  });
});
