// Creating a dossier: existing and inline clients in one transaction, and bad input that changes nothing.
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, dossierClients, dossiers, outbox, users } from "@/db/schema";
import { createDossierAction } from "@/lib/dossiers/actions";
import { isReferenceConflict } from "@/lib/dossiers/checks";
import { actAs, createDossier, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let office: TestOffice;
let otherOffice: TestOffice;
let staff: TestUser<"staff">;
let buyerA: TestUser<"client">;
let buyerB: TestUser<"client">;
let strangerClient: TestUser<"client">;

beforeAll(async () => {
  database = await createTestDatabase();
  configureProcess({}, database);
  [office, otherOffice] = await Promise.all([createOffice(database.db), createOffice(database.db)]);
  staff = await createUser(database.db, office.id, "staff");
  buyerA = await createUser(database.db, office.id, "client", { name: "Anna Bakker" });
  buyerB = await createUser(database.db, office.id, "client", { name: "Bram Bakker" });
  strangerClient = await createUser(database.db, otherOffice.id, "client");
});
afterAll(async () => {
  await database?.close();
});

async function counts() {
  const db = database.db;
  const [[d], [u], [o], [l]] = await Promise.all([
    db.select({ n: count() }).from(dossiers),
    db.select({ n: count() }).from(users),
    db.select({ n: count() }).from(outbox),
    db.select({ n: count() }).from(dossierClients),
  ]);
  return { dossiers: d!.n, users: u!.n, outbox: o!.n, links: l!.n };
}

const create = (input: Parameters<typeof createDossierAction>[0], viewer: TestUser = staff) =>
  actAs(office, viewer, () => createDossierAction(input));

async function linkedIds(dossierId: string) {
  const rows = await database.db.select().from(dossierClients).where(eq(dossierClients.dossierId, dossierId));
  return rows.map((row) => row.userId).sort();
}

describe("createDossierAction", () => {
  it("creates a dossier for two existing clients, with an audit event", async () => {
    const result = await create({ reference: " 2026-0100 ", title: " Aankoop Dorpsstraat 2 ", clientIds: [buyerA.userId, buyerB.userId] });
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : "";
    const [row] = await database.db.select().from(dossiers).where(eq(dossiers.id, id));
    expect(row).toMatchObject({ officeId: office.id, reference: "2026-0100", title: "Aankoop Dorpsstraat 2", status: "open" });
    expect(await linkedIds(id)).toEqual([buyerA.userId, buyerB.userId].sort());
    const [audit] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "dossier.create"), eq(auditEvents.dossierId, id)));
    expect(audit).toMatchObject({ officeId: office.id, actorId: staff.userId, subjectId: id, ip: "192.0.2.1" });
  });

  it("accepts FormData with a single chosen client", async () => {
    const form = new FormData();
    form.set("reference", "2026-0101");
    form.set("title", "Testament");
    form.append("clientIds", buyerA.userId);
    const result = await actAs(office, staff, () => createDossierAction(form));
    expect(result.ok).toBe(true);
    expect(await linkedIds(result.ok ? result.data.id : "")).toEqual([buyerA.userId]);
  });

  it("creates an inline client with its invitation in the same transaction", async () => {
    const before = await counts();
    const email = "Nieuwe.Koper@Example.test";
    const result = await create({
      reference: "2026-0102",
      title: "Aankoop Molenweg 3",
      clientIds: [buyerA.userId],
      newClients: [{ name: "Nina Nieuw", email, phone: "06 12345678", locale: "en" }],
    });
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : "";
    const [created] = await database.db.select().from(users).where(eq(users.email, email.toLowerCase()));
    expect(created).toMatchObject({ officeId: office.id, role: "client", status: "invited", phone: "+31612345678", locale: "en" });
    expect(await linkedIds(id)).toEqual([buyerA.userId, created!.id].sort());
    const mails = await database.db.select().from(outbox).where(eq(outbox.recipient, email.toLowerCase()));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ template: "invitation", locale: "en", officeId: office.id });
    const actions = await database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.actorId, staff.userId));
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["client.create", "dossier.create"]));
    expect(await counts()).toEqual({
      ...before,
      dossiers: before.dossiers + 1,
      users: before.users + 1,
      outbox: before.outbox + 1,
      links: before.links + 2,
    });
  });

  it("refuses a duplicate reference with a field error, leaving no client and no invitation", async () => {
    const existing = await createDossier(database.db, office.id, [buyerA.userId]);
    const before = await counts();
    const result = await create({
      reference: existing.reference,
      title: "Dubbel",
      newClients: [{ name: "Dirk Dubbel", email: "dirk@example.test", locale: "nl" }],
    });
    expect(result).toEqual({
      ok: false,
      code: "admin_dossiers.errors.reference_taken",
      fieldErrors: { reference: "admin_dossiers.errors.reference_taken" },
    });
    expect(await counts()).toEqual(before);
  });

  it("recognises the unique index's error on this driver, for a create that loses a race", async () => {
    const existing = await createDossier(database.db, office.id);
    const error: unknown = await database.db
      .insert(dossiers)
      .values({ officeId: office.id, reference: existing.reference, title: "Race" })
      .catch((caught: unknown) => caught);
    expect(isReferenceConflict(error)).toBe(true);
    expect(isReferenceConflict(new Error("other"))).toBe(false);
  });

  it("allows the same reference in another office", async () => {
    const theirs = await createDossier(database.db, otherOffice.id);
    const result = await create({ reference: theirs.reference, title: "Eigen dossier", clientIds: [buyerB.userId] });
    expect(result.ok).toBe(true);
  });

  it("rolls back the first inline client when the second one's e-mail is taken", async () => {
    const before = await counts();
    const result = await create({
      reference: "2026-0103",
      title: "Nalatenschap",
      newClients: [
        { name: "Erfgenaam Een", email: "erfgenaam1@example.test", locale: "nl" },
        { name: "Erfgenaam Twee", email: buyerA.email, locale: "nl" },
      ],
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { "newClients.1.email": "clients.email_taken" } });
    expect(await counts()).toEqual(before);
  });

  it("gives field errors for an empty title, a bad inline e-mail and no clients at all", async () => {
    const before = await counts();
    expect(await create({ reference: "2026-0104", title: "  ", clientIds: [buyerA.userId] })).toMatchObject({
      ok: false,
      fieldErrors: { title: "errors.required" },
    });
    expect(
      await create({ reference: "2026-0104", title: "Titel", newClients: [{ name: "X", email: "geen-adres", locale: "nl" }] }),
    ).toMatchObject({ ok: false, fieldErrors: { "newClients.0.email": "errors.invalid_email" } });
    expect(await create({ reference: "2026-0104", title: "Titel", clientIds: [] })).toMatchObject({
      ok: false,
      fieldErrors: { clients: "admin_dossiers.errors.client_required" },
    });
    expect(await counts()).toEqual(before);
  });

  it("answers not found for a client of another office, a staff member or a made-up id, and creates nothing", async () => {
    const before = await counts();
    const bad = [strangerClient.userId, staff.userId, "7d1c6a52-0000-4000-8000-000000000000"];
    for (const id of bad) {
      const result = await create({
        reference: "2026-0105",
        title: "Poging",
        clientIds: [buyerA.userId, id],
        newClients: [{ name: "Zou Niet", email: "zou-niet@example.test", locale: "nl" }],
      });
      expect(result).toEqual({ ok: false, code: "errors.not_found" });
    }
    expect(await create({ reference: "2026-0105", title: "Poging", clientIds: ["not-a-uuid"] })).toMatchObject({ ok: false });
    expect(await counts()).toEqual(before);
  });
});
