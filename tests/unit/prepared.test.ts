import { describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { perDatabase, perDatabaseAndShape } from "@/lib/prepared";

// Two stand-ins for databases: perDatabase only keys on the object's identity.
const first = {} as Database;
const second = {} as Database;

describe("prepared queries are built once", () => {
  it("per database", () => {
    const builds: Database[] = [];
    const built = perDatabase((db) => {
      builds.push(db);
      return { db };
    });
    expect(built(first)).toBe(built(first));
    expect(built(second)).not.toBe(built(first));
    expect(builds).toEqual([first, second]);
  });

  it("per database and shape", () => {
    const builds: string[] = [];
    const built = perDatabaseAndShape(
      (shape: { sort: string; search: boolean }) => `${shape.sort}:${shape.search}`,
      (db, shape) => {
        builds.push(`${db === first ? "first" : "second"} ${shape.sort} ${shape.search}`);
        return { shape };
      },
    );
    const newest = built(first, { sort: "newest", search: false });
    expect(built(first, { sort: "newest", search: false })).toBe(newest);
    expect(built(first, { sort: "newest", search: true })).not.toBe(newest);
    expect(built(second, { sort: "newest", search: false })).not.toBe(newest);
    expect(builds).toEqual(["first newest false", "first newest true", "second newest false"]);
  });
});
