// The staff dossier list: search on reference, title and client, the status filter, pagination in the database.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dossierClients, dossiers } from "@/db/schema";
import { findClientsForStaff, listDossiersForStaff } from "@/lib/dossiers/queries";
import { pageRequest } from "@/lib/pagination";
import { createDossier, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let office: TestOffice;
let staff: TestUser<"staff">;
let kim: TestUser<"client">;
let koen: TestUser<"client">;
let shared: { id: string };
let closed: { id: string };

beforeAll(async () => {
  database = await createTestDatabase();
  configureProcess({}, database);
  office = await createOffice(database.db);
  staff = await createUser(database.db, office.id, "staff");
  kim = await createUser(database.db, office.id, "client", { name: "Kim de Koper", email: "kim@koper.test" });
  koen = await createUser(database.db, office.id, "client", { name: "Koen de Koper", email: "koen@koper.test" });
  // Two matching clients on one dossier: the search must list it once.
  shared = await createDossier(database.db, office.id, [kim.userId, koen.userId]);
  await database.db.update(dossiers).set({ reference: "2026-7777", title: "Levering Havenkade 9" }).where(eq(dossiers.id, shared.id));
  closed = await createDossier(database.db, office.id, [kim.userId]);
  await database.db.update(dossiers).set({ title: "Afgesloten zaak 100%_klaar", status: "closed" }).where(eq(dossiers.id, closed.id));
  for (let i = 0; i < 28; i++) await createDossier(database.db, office.id);
  // Another office's dossier with the same words never shows up.
  const other = await createOffice(database.db);
  const otherClient = await createUser(database.db, other.id, "client", { name: "Kim de Koper" });
  const theirs = await createDossier(database.db, other.id, [otherClient.userId]);
  await database.db.update(dossiers).set({ reference: "2026-7777", title: "Levering Havenkade 9" }).where(eq(dossiers.id, theirs.id));
});
afterAll(async () => {
  await database?.close();
});

const list = (options: { query?: string; status?: "all" | "open" | "closed"; page?: string } = {}) =>
  listDossiersForStaff({ viewer: staff, query: options.query, status: options.status ?? "all", page: pageRequest(options.page) });

describe("listDossiersForStaff", () => {
  it("pages through the office's dossiers, open ones first", async () => {
    const first = await list();
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: 30 });
    expect(first.items).toHaveLength(25);
    const second = await list({ page: "2" });
    expect(second.items).toHaveLength(5);
    expect(second.items.at(-1)!.id).toBe(closed.id);
    const ids = new Set([...first.items, ...second.items].map((d) => d.id));
    expect(ids.size).toBe(30);
  });

  it("shows the linked clients' names", async () => {
    const [row] = (await list({ query: "7777" })).items;
    expect(row).toMatchObject({ id: shared.id, reference: "2026-7777", clientNames: ["Kim de Koper", "Koen de Koper"] });
  });

  it("searches reference, title, client name and client e-mail, listing each dossier once", async () => {
    const ids = async (query: string) => (await list({ query })).items.map((d) => d.id);
    expect(await ids("2026-77")).toEqual([shared.id]);
    expect(await ids("havenkade")).toEqual([shared.id]);
    expect(await ids("de koper")).toEqual([shared.id, closed.id]);
    expect(await ids("@koper.test")).toEqual([shared.id, closed.id]);
    expect((await list({ query: "de koper" })).total).toBe(2);
    expect(await ids("niemand")).toEqual([]);
  });

  it("treats % and _ in the search as plain characters", async () => {
    expect((await list({ query: "100%_" })).items.map((d) => d.id)).toEqual([closed.id]);
    expect((await list({ query: "%" })).items.map((d) => d.id)).toEqual([closed.id]);
  });

  it("filters on open and closed", async () => {
    expect((await list({ status: "closed" })).items.map((d) => d.id)).toEqual([closed.id]);
    expect((await list({ status: "open" })).total).toBe(29);
    expect((await list({ status: "closed", query: "havenkade" })).items).toEqual([]);
  });

  it("shows no dossier of another office, even with a client of this office linked to it", async () => {
    const other = await createOffice(database.db);
    const foreign = await createDossier(database.db, other.id);
    await database.db.insert(dossierClients).values({ dossierId: foreign.id, userId: kim.userId });
    expect((await list({ query: foreign.reference })).items).toEqual([]);
    expect((await list()).total).toBe(30);
  });
});

describe("findClientsForStaff", () => {
  it("finds this office's clients by name or e-mail, never staff or other offices", async () => {
    expect((await findClientsForStaff({ viewer: staff, query: "koper" })).items.map((c) => c.id)).toEqual([kim.userId, koen.userId]);
    expect((await findClientsForStaff({ viewer: staff, query: "koen@" })).items.map((c) => c.name)).toEqual(["Koen de Koper"]);
    expect((await findClientsForStaff({ viewer: staff, query: staff.email })).items).toEqual([]);
  });

  it("gives a few at a time and says when there are more", async () => {
    expect(await findClientsForStaff({ viewer: staff, query: "koper", limit: 1 })).toEqual({
      items: [{ id: kim.userId, name: "Kim de Koper", email: "kim@koper.test", status: "active" }],
      more: true,
    });
  });
});
