import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { offices } from "@/db/schema";
import { findOfficeForHost, normaliseHost } from "@/lib/offices/current";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "klantenportaal-office-"));

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.insert(offices).values({ slug: "first", name: "Eerste Notariaat", createdAt: new Date("2026-01-01") });
  await database.db.insert(offices).values([
    { slug: "noord", name: "Notariaat Noord", hostnames: ["portaal.noord.example", "noord.example"] },
    { slug: "zuid", name: "Notariaat Zuid", hostnames: ["portaal.zuid.example"] },
  ]);
});
afterAll(async () => {
  await database?.close();
});

describe("office resolution", () => {
  it("normalises the Host header and refuses odd values", () => {
    expect(normaliseHost("Portaal.Noord.Example:443")).toBe("portaal.noord.example");
    expect(normaliseHost("evil.example/x")).toBeNull();
    expect(normaliseHost(undefined)).toBeNull();
  });

  it("finds the office by host name", async () => {
    configureProcess({ DATA_DIR: dataDir, PORTAL_DEFAULT_OFFICE: undefined }, database);
    expect((await findOfficeForHost("portaal.zuid.example"))?.slug).toBe("zuid");
    expect((await findOfficeForHost("noord.example"))?.slug).toBe("noord");
  });

  it("falls back to the oldest office, or to PORTAL_DEFAULT_OFFICE when set", async () => {
    configureProcess({ DATA_DIR: dataDir, PORTAL_DEFAULT_OFFICE: undefined }, database);
    expect((await findOfficeForHost("unknown.example"))?.slug).toBe("first");
    expect((await findOfficeForHost(null))?.slug).toBe("first");
    configureProcess({ DATA_DIR: dataDir, PORTAL_DEFAULT_OFFICE: "zuid" }, database);
    expect((await findOfficeForHost("unknown.example"))?.slug).toBe("zuid");
    configureProcess({ DATA_DIR: dataDir, PORTAL_DEFAULT_OFFICE: "missing" }, database);
    expect(await findOfficeForHost("unknown.example")).toBeNull();
    configureProcess({ PORTAL_DEFAULT_OFFICE: undefined });
  });
});
