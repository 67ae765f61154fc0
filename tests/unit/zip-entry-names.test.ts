import { describe, expect, it } from "vitest";
import { zipEntryNames } from "@/components/portal/zip-entry-names";

describe("zip entry names (Alles downloaden)", () => {
  it("keep the file names, make equal ones unique, and leave no folders or control characters", () => {
    expect(zipEntryNames(["Akte.pdf", "akte.pdf", "Akte.pdf", "../../etc/passwd", "a\\b:c\u0007.txt", "...", "Nota"])).toEqual([
      "Akte.pdf",
      "akte (2).pdf",
      "Akte (3).pdf",
      "_.._etc_passwd",
      "a_b_c_.txt",
      "document",
      "Nota",
    ]);
  });
});
