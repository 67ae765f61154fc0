import { describe, expect, it } from "vitest";
import { objectKeyFor, officeObjectKey, parseObjectKey } from "@/lib/storage/keys";

const OFFICE = "0b7f2c3e-8d4a-4c1e-9f10-2a3b4c5d6e7f";
const DOSSIER = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9";
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

describe("object keys", () => {
  it("builds dossier keys as o/{office}/d/{dossier}/{uuid}, fresh each time", () => {
    const key = objectKeyFor({ officeId: OFFICE, dossierId: DOSSIER });
    expect(key).toMatch(new RegExp(`^o/${OFFICE}/d/${DOSSIER}/${UUID}$`));
    expect(objectKeyFor({ officeId: OFFICE, dossierId: DOSSIER })).not.toBe(key);
  });

  it("builds office keys as o/{office}/office/{uuid}", () => {
    expect(officeObjectKey({ officeId: OFFICE })).toMatch(new RegExp(`^o/${OFFICE}/office/${UUID}$`));
  });

  it("lowercases ids so one dossier has one prefix", () => {
    const key = objectKeyFor({ officeId: OFFICE.toUpperCase(), dossierId: DOSSIER });
    expect(key.startsWith(`o/${OFFICE}/d/${DOSSIER}/`)).toBe(true);
  });

  it("refuses ids that are not UUIDs, so nothing from a user can shape the key", () => {
    for (const bad of ["", "../etc", "1", `${OFFICE}/x`, "Koopakte.pdf", `${OFFICE} `]) {
      expect(() => objectKeyFor({ officeId: bad, dossierId: DOSSIER })).toThrow(/UUID/);
      expect(() => objectKeyFor({ officeId: OFFICE, dossierId: bad })).toThrow(/UUID/);
      expect(() => officeObjectKey({ officeId: bad })).toThrow(/UUID/);
    }
  });

  it("has no way to carry a file name", () => {
    // The builders take ids only; extra properties (as a careless caller might pass) are ignored.
    const key = objectKeyFor({ officeId: OFFICE, dossierId: DOSSIER, fileName: "Koopakte.pdf" } as never);
    expect(key).not.toMatch(/Koopakte|\.pdf/);
    expect(key.split("/")).toHaveLength(5);
  });

  it("parses its own keys back and rejects others", () => {
    const key = objectKeyFor({ officeId: OFFICE, dossierId: DOSSIER });
    expect(parseObjectKey(key)).toEqual({ kind: "dossier", officeId: OFFICE, dossierId: DOSSIER });
    expect(parseObjectKey(officeObjectKey({ officeId: OFFICE }))).toEqual({ kind: "office", officeId: OFFICE });
    expect(parseObjectKey(`${key}/../x`)).toBeNull();
    expect(parseObjectKey(`o/${OFFICE}/d/${DOSSIER}/Koopakte.pdf`)).toBeNull();
    expect(parseObjectKey("")).toBeNull();
  });
});
