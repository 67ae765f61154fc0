// Editing a dossier: reference and title, linking and unlinking clients, closing and reopening, each audited.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditEvents, dossiers } from "@/db/schema";
import {
  closeDossierAction,
  linkClientsAction,
  reopenDossierAction,
  unlinkClientAction,
  updateDossierAction,
} from "@/lib/dossiers/actions";
import { getDossierForStaff, listDossiersForClient } from "@/lib/dossiers/queries";
import { actAs, createDossier, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let office: TestOffice;
let staff: TestUser<"staff">;
let anna: TestUser<"client">;
let bram: TestUser<"client">;
let dossierId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  configureProcess({}, database);
  office = await createOffice(database.db);
  staff = await createUser(database.db, office.id, "staff");
  anna = await createUser(database.db, office.id, "client", { name: "Anna" });
  bram = await createUser(database.db, office.id, "client", { name: "Bram" });
});
beforeEach(async () => {
  dossierId = (await createDossier(database.db, office.id, [anna.userId])).id;
});
afterAll(async () => {
  await database?.close();
});

const as = <T>(fn: () => Promise<T>) => actAs(office, staff, fn);
const dossier = () => getDossierForStaff({ viewer: staff, dossierId });
const auditsOf = async (action: string) =>
  database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.dossierId, dossierId)));

describe("updateDossierAction", () => {
  it("changes reference and title and records both versions", async () => {
    const before = (await dossier())!;
    expect(await as(() => updateDossierAction({ dossierId, reference: "2026-0200", title: "Nieuwe titel" }))).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await dossier()).toMatchObject({ reference: "2026-0200", title: "Nieuwe titel" });
    const [audit] = await auditsOf("dossier.update");
    expect(audit).toMatchObject({ actorId: staff.userId, subjectId: dossierId });
    expect(audit!.data).toEqual({
      before: { reference: before.reference, title: before.title },
      after: { reference: "2026-0200", title: "Nieuwe titel" },
    });
  });

  it("keeps the reference unique and the title required, changing nothing", async () => {
    const other = await createDossier(database.db, office.id, [anna.userId]);
    const before = await dossier();
    expect(await as(() => updateDossierAction({ dossierId, reference: other.reference, title: "X" }))).toMatchObject({
      ok: false,
      fieldErrors: { reference: "admin_dossiers.errors.reference_taken" },
    });
    expect(await as(() => updateDossierAction({ dossierId, reference: "2026-0201", title: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { title: "errors.required" },
    });
    expect(await dossier()).toEqual(before);
    expect(await auditsOf("dossier.update")).toHaveLength(0);
  });

  it("lets a dossier keep its own reference", async () => {
    const { reference } = (await dossier())!;
    expect((await as(() => updateDossierAction({ dossierId, reference, title: "Alleen de titel" }))).ok).toBe(true);
  });
});

describe("linking and unlinking clients", () => {
  it("links a client once, audits it, and ignores a second link", async () => {
    expect(await as(() => linkClientsAction({ dossierId, clientIds: [bram.userId] }))).toEqual({ ok: true, data: { linked: 1 } });
    expect(await as(() => linkClientsAction({ dossierId, clientIds: [bram.userId, anna.userId] }))).toEqual({
      ok: true,
      data: { linked: 0 },
    });
    expect((await dossier())!.clients.map((c) => c.id).sort()).toEqual([anna.userId, bram.userId].sort());
    const audits = await auditsOf("dossier.link_client");
    expect(audits.map((a) => a.data)).toEqual([{ clientId: bram.userId }]);
    expect((await listDossiersForClient({ viewer: bram })).map((d) => d.id)).toContain(dossierId);
  });

  it("needs at least one client to link", async () => {
    expect(await as(() => linkClientsAction({ dossierId, clientIds: [] }))).toMatchObject({
      ok: false,
      fieldErrors: { clientIds: "admin_dossiers.errors.client_required" },
    });
  });

  it("unlinks a client, who loses the dossier at once", async () => {
    await as(() => linkClientsAction({ dossierId, clientIds: [bram.userId] }));
    expect((await listDossiersForClient({ viewer: bram })).map((d) => d.id)).toContain(dossierId);
    expect(await as(() => unlinkClientAction({ dossierId, clientId: bram.userId }))).toEqual({ ok: true, data: undefined });
    expect((await dossier())!.clients.map((c) => c.id)).toEqual([anna.userId]);
    expect((await listDossiersForClient({ viewer: bram })).map((d) => d.id)).not.toContain(dossierId);
    expect((await auditsOf("dossier.unlink_client")).map((a) => a.data)).toEqual([{ clientId: bram.userId }]);
  });

  it("never unlinks the last client, and a client who is not linked is not found", async () => {
    expect(await as(() => unlinkClientAction({ dossierId, clientId: anna.userId }))).toEqual({
      ok: false,
      code: "admin_dossiers.errors.last_client",
    });
    expect(await as(() => unlinkClientAction({ dossierId, clientId: bram.userId }))).toEqual({
      ok: false,
      code: "errors.not_found",
    });
    expect((await dossier())!.clients.map((c) => c.id)).toEqual([anna.userId]);
    expect(await auditsOf("dossier.unlink_client")).toHaveLength(0);
  });
});

describe("closing and reopening", () => {
  it("closes and reopens with an audit event each, and a repeat changes nothing", async () => {
    expect((await as(() => closeDossierAction({ dossierId }))).ok).toBe(true);
    expect((await dossier())!.status).toBe("closed");
    expect((await as(() => closeDossierAction({ dossierId }))).ok).toBe(true);
    expect(await auditsOf("dossier.close")).toHaveLength(1);
    // Closed dossiers stay visible to their clients, marked closed.
    expect(await listDossiersForClient({ viewer: anna })).toContainEqual(expect.objectContaining({ id: dossierId, status: "closed" }));

    expect((await as(() => reopenDossierAction({ dossierId }))).ok).toBe(true);
    expect((await dossier())!.status).toBe("open");
    expect(await auditsOf("dossier.reopen")).toHaveLength(1);
  });

  it("moves the dossier's last change forward", async () => {
    const [before] = await database.db.select({ at: dossiers.updatedAt }).from(dossiers).where(eq(dossiers.id, dossierId));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await as(() => closeDossierAction({ dossierId }));
    const [after] = await database.db.select({ at: dossiers.updatedAt }).from(dossiers).where(eq(dossiers.id, dossierId));
    expect(after!.at.getTime()).toBeGreaterThan(before!.at.getTime());
  });
});
