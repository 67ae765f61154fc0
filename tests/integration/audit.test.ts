// The audit log's queries and CSV export against a real database: filters, office scope, admin only, and a
// CSV that spreadsheet programs read as plain text.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import { csvCell, csvRow, neutraliseFormula } from "@/lib/audit/csv";
import { AUDIT_CSV_COLUMNS, auditExportResponse } from "@/lib/audit/export";
import { parseAuditFilters, type AuditFilters } from "@/lib/audit/filters";
import { auditEventBatches, listAuditActions, listAuditEvents } from "@/lib/audit/queries";
import { pageRequest } from "@/lib/pagination";
import { createDossier, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let office: TestOffice;
let otherOffice: TestOffice;
let admin: TestUser<"admin">;
let staff: TestUser<"staff">;
let jan: TestUser<"client">;
let piet: TestUser<"client">;
let otherClient: TestUser<"client">;
let otherAdmin: TestUser<"admin">;
let dossierId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  configureProcess({}, database);
  [office, otherOffice] = await Promise.all([createOffice(database.db), createOffice(database.db)]);
  [admin, staff, jan, piet, otherClient, otherAdmin] = await Promise.all([
    createUser(database.db, office.id, "admin", { name: "Sanne Beheer" }),
    createUser(database.db, office.id, "staff"),
    createUser(database.db, office.id, "client", { name: "Jan Jansen", email: "jan@example.test" }),
    createUser(database.db, office.id, "client", { name: '=HYPERLINK("http://x","Piet, de ""Bouwer""")' }),
    createUser(database.db, otherOffice.id, "client", { name: "Jan van Kantoor B" }),
    createUser(database.db, otherOffice.id, "admin"),
  ]);
  const dossier = await createDossier(database.db, office.id, [jan.userId]);
  const otherDossier = await createDossier(database.db, otherOffice.id, [otherClient.userId]);
  dossierId = dossier.id;
  await database.db.insert(auditEvents).values([
    { officeId: office.id, actorId: jan.userId, action: "auth.sign_in", ip: "198.51.100.7", at: new Date("2026-03-01T10:00:00Z") },
    { officeId: office.id, actorId: jan.userId, action: "document.download", dossierId, at: new Date("2026-03-02T10:00:00Z") },
    // 00:30 on 4 March in Amsterdam: a day filter counts it on the 4th, not the 3rd.
    {
      officeId: office.id,
      actorId: staff.userId,
      action: "client.create",
      subjectType: "user",
      subjectId: piet.userId,
      at: new Date("2026-03-03T23:30:00Z"),
    },
    { officeId: office.id, actorId: admin.userId, action: "auth.sign_in", ip: "-1+1", at: new Date("2026-03-05T09:00:00Z") },
    { officeId: otherOffice.id, actorId: otherClient.userId, action: "auth.sign_in", at: new Date("2026-03-02T08:00:00Z") },
    {
      officeId: otherOffice.id,
      actorId: otherClient.userId,
      action: "only.in_b",
      dossierId: otherDossier.id,
      at: new Date("2026-03-02T09:00:00Z"),
    },
  ]);
  // Same reference in office B: the dossier filter must not reach it.
  await database.db.execute(sql`update dossiers set reference = 'REF-2026-0042' where id in (${dossier.id}, ${otherDossier.id})`);
});
afterAll(async () => {
  await database?.close();
});

async function actions(filters: AuditFilters, viewer = admin): Promise<string[]> {
  const page = await listAuditEvents({ viewer, filters, page: pageRequest("1") });
  return page.items.map((event) => `${event.action}@${event.at.toISOString().slice(0, 10)}`);
}

describe("audit queries", () => {
  it("list the office's events newest first, with actor, subject and dossier", async () => {
    const page = await listAuditEvents({ viewer: admin, filters: {}, page: pageRequest("1") });
    expect(page.total).toBe(4);
    expect(page.items.map((event) => event.action)).toEqual(["auth.sign_in", "client.create", "document.download", "auth.sign_in"]);
    expect(page.items[1]).toMatchObject({
      actor: { id: staff.userId, role: "staff" },
      subject: { type: "user", id: piet.userId, label: piet.name },
    });
    expect(page.items[2]!.dossier).toEqual({ id: dossierId, reference: "REF-2026-0042" });
  });

  it("filter by client (name, e-mail or id: what they did and what was done to their account)", async () => {
    expect(await actions({ client: "jansen" })).toEqual(["document.download@2026-03-02", "auth.sign_in@2026-03-01"]);
    expect(await actions({ client: "JAN@example" })).toHaveLength(2);
    expect(await actions({ client: piet.userId })).toEqual(["client.create@2026-03-03"]);
    // Another office's client, by id or by name, finds nothing here; so does a staff member's id.
    expect(await actions({ client: otherClient.userId })).toEqual([]);
    expect(await actions({ client: "Kantoor B" })).toEqual([]);
    expect(await actions({ client: staff.userId })).toEqual([]);
    expect(await actions({ client: "100%_" })).toEqual([]);
  });

  it("filter by dossier reference or id, within the office", async () => {
    expect(await actions({ dossier: "0042" })).toEqual(["document.download@2026-03-02"]);
    expect(await actions({ dossier: dossierId })).toHaveLength(1);
    expect(await actions({ dossier: "9999" })).toEqual([]);
  });

  it("filter by action and by calendar days in the portal's time zone", async () => {
    expect(await actions({ action: "auth.sign_in" })).toEqual(["auth.sign_in@2026-03-05", "auth.sign_in@2026-03-01"]);
    expect(await actions({ action: "only.in_b" })).toEqual([]);
    expect(await actions({ from: "2026-03-04" })).toEqual(["auth.sign_in@2026-03-05", "client.create@2026-03-03"]);
    expect(await actions({ to: "2026-03-03" })).toEqual(["document.download@2026-03-02", "auth.sign_in@2026-03-01"]);
    expect(await actions({ from: "2026-03-02", to: "2026-03-02", client: "jan" })).toEqual(["document.download@2026-03-02"]);
  });

  it("paginate in the database", async () => {
    const second = await listAuditEvents({ viewer: admin, filters: {}, page: { page: 2, limit: 3, offset: 3 } });
    expect(second).toMatchObject({ page: 2, pageCount: 2, total: 4 });
    expect(second.items.map((event) => event.action)).toEqual(["auth.sign_in"]);
  });

  it("offer the actions of this office only, and show nothing to anyone but its admin", async () => {
    expect(await listAuditActions({ viewer: admin })).toEqual(["auth.sign_in", "client.create", "document.download"]);
    expect(await listAuditActions({ viewer: otherAdmin })).toEqual(["auth.sign_in", "only.in_b"]);
    expect(await actions({}, otherAdmin)).toEqual(["only.in_b@2026-03-02", "auth.sign_in@2026-03-02"]);
    // Staff who are not admin and clients cannot call these at all: a type error (tests/unit/viewer-types.test.ts).
  });

  it("read the filters from the URL, dropping malformed ones", () => {
    expect(
      parseAuditFilters(new URLSearchParams("client=%20jan%20&dossier=0042&action=auth.sign_in&from=2026-03-01&to=2026-02-30")),
    ).toEqual({ client: "jan", dossier: "0042", action: "auth.sign_in", from: "2026-03-01" });
    expect(parseAuditFilters({ action: "x'; drop", from: "yesterday", client: ["a", "b"] })).toEqual({ client: "a" });
  });

  it("export batches walk every row exactly once, even with equal timestamps, up to the limit", async () => {
    const at = sql`'2026-04-01 12:00:00.123456+00'::timestamptz`;
    await database.db.insert(auditEvents).values(Array.from({ length: 5 }, () => ({ officeId: otherOffice.id, action: "same.time", at })));
    const seen: string[] = [];
    for await (const batch of auditEventBatches({ viewer: otherAdmin, filters: {}, limit: 100, batchSize: 2 })) {
      expect(batch.length).toBeLessThanOrEqual(2);
      seen.push(...batch.map((event) => event.id));
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    let capped = 0;
    for await (const batch of auditEventBatches({ viewer: otherAdmin, filters: {}, limit: 3, batchSize: 2 })) capped += batch.length;
    expect(capped).toBe(3);
    await database.db.delete(auditEvents).where(eq(auditEvents.action, "same.time"));
  });
});

describe("CSV", () => {
  it("quotes per RFC 4180 and neutralises spreadsheet formulas", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(null)).toBe("");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCell("regel 1\nregel 2")).toBe('"regel 1\nregel 2"');
    for (const formula of ["=1+1", "+31612345678", "-2", "@SUM(A1)", "\tx", "\rx"]) {
      expect(neutraliseFormula(formula)).toBe(`'${formula}`);
    }
    expect(csvCell('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
    expect(csvRow(["a", 1, undefined, "b c"])).toBe("a,1,,b c\r\n");
  });
});

describe("CSV export route", () => {
  const params = (query = "") => new URLSearchParams(query);

  it("answers 404 to signed-out visitors, clients and staff who are not admin", async () => {
    for (const viewer of [null, jan, staff]) {
      const response = await auditExportResponse({ viewer, params: params(), ip: "192.0.2.1" });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("auth.sign_in");
    }
  });

  it("gives the admin a CSV of their own office, filtered, with formulas neutralised, and logs the export", async () => {
    const response = await auditExportResponse({
      viewer: admin,
      params: params("action=client.create"),
      ip: "192.0.2.1",
      now: new Date("2026-03-06T12:00:00Z"),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="audit-2026-03-06.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark
    const lines = new TextDecoder().decode(bytes).split("\r\n");
    expect(lines[0]).toBe(AUDIT_CSV_COLUMNS.join(","));
    expect(lines).toHaveLength(3); // header, one event, and the empty string after the last CRLF
    expect(lines[1]).toContain("2026-03-03T23:30:00.000Z,client.create,");
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://x"",""Piet, de """"Bouwer"""""")"`);

    const all = await (await auditExportResponse({ viewer: admin, params: params(), ip: null })).text();
    expect(all).toContain("Jan Jansen");
    expect(all).toContain(",'-1+1,"); // an IP-looking value that starts like a formula
    expect(all).not.toContain("Kantoor B");
    expect(all).toContain("audit.export"); // the first export is itself in the log
    const [logged] = await database.db.select().from(auditEvents).where(eq(auditEvents.action, "audit.export")).limit(1);
    expect(logged).toMatchObject({ officeId: office.id, actorId: admin.userId, data: { filters: { action: "client.create" } } });
  });
});
