// Access: staff of another office, clients and signed-out callers can neither see nor change a dossier.
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, dossierClients, dossiers, outbox, users } from "@/db/schema";
import {
  closeDossierAction,
  createDossierAction,
  findClientsAction,
  linkClientsAction,
  reopenDossierAction,
  unlinkClientAction,
  updateDossierAction,
} from "@/lib/dossiers/actions";
import { findClientsForStaff, getDossierForStaff, listDossiersForStaff } from "@/lib/dossiers/queries";
import { pageRequest } from "@/lib/pagination";
import type { ActionResult } from "@/lib/core/errors";
import { actAs, createDossier, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let officeA: TestOffice;
let officeB: TestOffice;
let staffB: TestUser<"admin">;
let clientA: TestUser<"client">;
let clientA2: TestUser<"client">;
let clientB: TestUser<"client">;
let dossierA: { id: string; reference: string };
let dossierB: { id: string };

beforeAll(async () => {
  database = await createTestDatabase();
  configureProcess({}, database);
  [officeA, officeB] = await Promise.all([createOffice(database.db), createOffice(database.db)]);
  staffB = await createUser(database.db, officeB.id, "admin");
  clientA = await createUser(database.db, officeA.id, "client");
  clientA2 = await createUser(database.db, officeA.id, "client");
  clientB = await createUser(database.db, officeB.id, "client");
  dossierA = await createDossier(database.db, officeA.id, [clientA.userId, clientA2.userId]);
  dossierB = await createDossier(database.db, officeB.id, [clientB.userId]);
});
afterAll(async () => {
  await database?.close();
});

/** Everything a dossier action could change, to prove a refused call changed none of it. */
async function snapshot() {
  const db = database.db;
  const [rows, links, [u], [o]] = await Promise.all([
    db.select().from(dossiers).orderBy(dossiers.id),
    db.select().from(dossierClients).orderBy(dossierClients.dossierId, dossierClients.userId),
    db.select({ n: count() }).from(users),
    db.select({ n: count() }).from(outbox),
  ]);
  const audits = await db.select({ action: auditEvents.action }).from(auditEvents);
  return { rows, links, users: u!.n, outbox: o!.n, dossierAudits: audits.filter((a) => a.action.startsWith("dossier.")).length };
}

type Attack = () => Promise<ActionResult<unknown>>;

// Every dossier action, aimed at office A's dossier and clients.
const attacks = (): Record<string, Attack> => ({
  update: () => updateDossierAction({ dossierId: dossierA.id, reference: "X-1", title: "Overgenomen" }),
  link: () => linkClientsAction({ dossierId: dossierA.id, clientIds: [clientB.userId] }),
  unlink: () => unlinkClientAction({ dossierId: dossierA.id, clientId: clientA.userId }),
  close: () => closeDossierAction({ dossierId: dossierA.id }),
  reopen: () => reopenDossierAction({ dossierId: dossierA.id }),
  // Office B's own dossier, but office A's client: still not found.
  linkForeignClient: () => linkClientsAction({ dossierId: dossierB.id, clientIds: [clientA.userId] }),
  createWithForeignClient: () => createDossierAction({ reference: "B-1", title: "Poging", clientIds: [clientA.userId] }),
});

describe("staff of another office", () => {
  it("gets errors.not_found from every action on office A's dossier and clients, changing nothing", async () => {
    const before = await snapshot();
    for (const [name, attack] of Object.entries(attacks())) {
      expect(await actAs(officeB, staffB, attack), name).toEqual({ ok: false, code: "errors.not_found" });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("sees nothing of office A in the list, the dossier or the client picker", async () => {
    expect(await getDossierForStaff({ viewer: staffB, dossierId: dossierA.id })).toBeNull();
    const list = await listDossiersForStaff({ viewer: staffB, status: "all", page: pageRequest(undefined) });
    expect(list.items.map((d) => d.id)).toEqual([dossierB.id]);
    expect((await listDossiersForStaff({ viewer: staffB, query: dossierA.reference, status: "all", page: pageRequest("1") })).total).toBe(
      0,
    );
    expect((await findClientsForStaff({ viewer: staffB })).items.map((c) => c.id)).toEqual([clientB.userId]);
    const found = await actAs(officeB, staffB, () => findClientsAction({ q: clientA.email }));
    expect(found).toEqual({ ok: true, data: { items: [], more: false } });
  });

  it("gets null for a malformed id instead of an error", async () => {
    expect(await getDossierForStaff({ viewer: staffB, dossierId: "../etc" })).toBeNull();
    expect(await actAs(officeB, staffB, () => closeDossierAction({ dossierId: "1 OR 1=1" }))).toMatchObject({ ok: false });
  });
});

describe("a client and a signed-out caller", () => {
  it("are refused every dossier action, even on the client's own dossier", async () => {
    const before = await snapshot();
    const all: Record<string, Attack> = {
      ...attacks(),
      find: () => findClientsAction({ q: "" }),
      create: () => createDossierAction({ reference: "C-1", title: "Eigen", clientIds: [clientA.userId] }),
    };
    for (const [name, attack] of Object.entries(all)) {
      expect(await actAs(officeA, clientA, attack), `client: ${name}`).toEqual({ ok: false, code: "errors.not_found" });
      expect(await actAs(officeA, null, attack), `anon: ${name}`).toEqual({ ok: false, code: "errors.signed_out" });
    }
    expect(await snapshot()).toEqual(before);
    const refused = await database.db.select().from(auditEvents).where(eq(auditEvents.actorId, clientA.userId));
    expect(refused.every((event) => event.action === "auth.forbidden_action")).toBe(true);
    expect(refused.length).toBe(Object.keys(all).length);
  });
});
