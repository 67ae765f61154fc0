// Clients under /admin: creating (with the invitation), editing, blocking, 2-step reset, resending, the list
// query, and who may do any of it.
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, offices, outbox, users } from "@/db/schema";
import {
  createClientAction,
  disableClientAction,
  enableClientAction,
  resendClientInvitationAction,
  resetClientTwoFactorAction,
  updateClientAction,
} from "@/lib/clients/actions";
import { getClientForStaff, listClients } from "@/lib/clients/queries";
import { extractLinks } from "@/lib/notify/outbox";
import { pageRequest } from "@/lib/pagination";
import type { ActionResult } from "@/lib/core/errors";
import { actAs, createDossier, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let officeA: TestOffice;
let officeB: TestOffice;
let staffA: TestUser<"staff">;
let staffB: TestUser<"staff">;
let clientA: TestUser<"client">;

beforeAll(async () => {
  database = await createTestDatabase();
  configureProcess({ PORTAL_PUBLIC_URL: "https://portal.example.test" }, database);
  [officeA, officeB] = await Promise.all([createOffice(database.db, "Notariaat A"), createOffice(database.db, "Notariaat B")]);
  await database.db
    .update(offices)
    .set({ hostnames: ["a.portal.test"] })
    .where(eq(offices.id, officeA.id));
  [staffA, staffB, clientA] = await Promise.all([
    createUser(database.db, officeA.id, "staff"),
    createUser(database.db, officeB.id, "staff"),
    createUser(database.db, officeA.id, "client"),
  ]);
});
afterAll(async () => {
  await database?.close();
});

async function counts() {
  const [[u], [o]] = await Promise.all([database.db.select({ n: count() }).from(users), database.db.select({ n: count() }).from(outbox)]);
  return { users: u!.n, outbox: o!.n };
}

async function userRow(id: string) {
  const [row] = await database.db.select().from(users).where(eq(users.id, id));
  return row!;
}

async function auditCount(action: string, subjectId: string) {
  const [row] = await database.db
    .select({ n: count() })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.subjectId, subjectId)));
  return row!.n;
}

async function newClient(email: string, extra: Record<string, string> = {}) {
  const result = await actAs(officeA, staffA, () => createClientAction({ name: "Anna de Vries", email, ...extra }));
  if (!result.ok) throw new Error(`create failed: ${result.code}`);
  return result.data.id;
}

describe("creating a client", () => {
  it("makes an invited account and queues the invitation in the client's language, without a token", async () => {
    const form = new FormData();
    form.set("name", " Anna de Vries ");
    form.set("email", "Anna@Example.TEST");
    form.set("phone", "31612345678");
    form.set("locale", "en");
    const result = await actAs(officeA, staffA, () => createClientAction(form));
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : "";
    expect(await userRow(id)).toMatchObject({
      officeId: officeA.id,
      role: "client",
      name: "Anna de Vries",
      email: "anna@example.test",
      phone: "+31612345678",
      locale: "en",
      status: "invited",
      passwordHash: null,
    });
    const mails = await database.db.select().from(outbox).where(eq(outbox.recipient, "anna@example.test"));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ officeId: officeA.id, channel: "email", template: "invitation", locale: "en" });
    expect(mails[0]!.data.subject).toBe("Your account for the client portal of Notariaat A");
    expect(extractLinks(mails[0]!.data.text)).toEqual(["https://a.portal.test/set-password"]);
    const hrefs = [...mails[0]!.data.html!.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs).toEqual(["https://a.portal.test/set-password"]);
    expect(await auditCount("client.create", id)).toBe(1);
  });

  it("accepts the other ways people type a mobile number", async () => {
    for (const [phone, email] of [
      ["+31 6 1234 5678", "plus@example.test"],
      ["06-12345678", "zero@example.test"],
    ]) {
      expect((await userRow(await newClient(email!, { phone: phone! }))).phone).toBe("+31612345678");
    }
  });

  it("refuses a duplicate e-mail in the same office with a field error and changes nothing", async () => {
    await newClient("dup@example.test");
    const before = await counts();
    const result = await actAs(officeA, staffA, () =>
      createClientAction({ name: "Someone else", email: " DUP@example.test", locale: "nl" }),
    );
    expect(result).toEqual({ ok: false, code: "clients.email_taken", fieldErrors: { email: "clients.email_taken" } });
    expect(await counts()).toEqual(before);
  });

  it("allows the same e-mail in another office", async () => {
    const result = await actAs(officeB, staffB, () => createClientAction({ name: "Anna", email: "dup@example.test" }));
    expect(result.ok).toBe(true);
  });

  it("refuses an invalid mobile number or a missing name and changes nothing", async () => {
    const before = await counts();
    expect(
      await actAs(officeA, staffA, () => createClientAction({ name: "Piet", email: "piet@example.test", phone: "0201234567" })),
    ).toMatchObject({ ok: false, fieldErrors: { phone: "errors.invalid_mobile" } });
    expect(await actAs(officeA, staffA, () => createClientAction({ name: " ", email: "not-an-address" }))).toMatchObject({
      ok: false,
      fieldErrors: { name: "errors.required", email: "errors.invalid_email" },
    });
    expect(await counts()).toEqual(before);
  });
});

describe("changing a client", () => {
  it("edits name, phone and language, and keeps e-mail addresses unique", async () => {
    const id = await newClient("edit@example.test");
    await newClient("taken@example.test");
    const update = { clientId: id, name: "Anna Jansen", email: "edit@example.test", phone: "0612345678", locale: "en" as const };
    expect(await actAs(officeA, staffA, () => updateClientAction(update))).toEqual({ ok: true, data: undefined });
    expect(await userRow(id)).toMatchObject({ name: "Anna Jansen", phone: "+31612345678", locale: "en" });
    expect(await auditCount("client.update", id)).toBe(1);

    const clash = await actAs(officeA, staffA, () => updateClientAction({ ...update, email: "TAKEN@example.test" }));
    expect(clash).toMatchObject({ ok: false, fieldErrors: { email: "clients.email_taken" } });
    expect((await userRow(id)).email).toBe("edit@example.test");
  });

  it("does not move SMS codes to another number while 2-step by SMS is on", async () => {
    const id = await newClient("sms@example.test", { phone: "31612345678" });
    await database.db.update(users).set({ twoFactorMethod: "sms", phoneVerifiedAt: new Date() }).where(eq(users.id, id));
    const result = await actAs(officeA, staffA, () =>
      updateClientAction({ clientId: id, name: "Anna", email: "sms@example.test", phone: "31687654321", locale: "nl" }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { phone: "clients.phone_locked" } });
    expect((await userRow(id)).phone).toBe("+31612345678");
  });

  it("blocks a client at once (session version bumped) and unblocks to invited or active", async () => {
    const id = await newClient("block@example.test");
    const before = await userRow(id);
    expect(await actAs(officeA, staffA, () => disableClientAction({ clientId: id }))).toEqual({ ok: true, data: undefined });
    const blocked = await userRow(id);
    expect(blocked.status).toBe("disabled");
    expect(blocked.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await auditCount("client.disable", id)).toBe(1);

    await actAs(officeA, staffA, () => enableClientAction({ clientId: id }));
    expect((await userRow(id)).status).toBe("invited");
    expect(await auditCount("client.enable", id)).toBe(1);

    await database.db.update(users).set({ passwordHash: "$argon2id$stand-in" }).where(eq(users.id, id));
    await actAs(officeA, staffA, () => disableClientAction({ clientId: id }));
    await actAs(officeA, staffA, () => enableClientAction({ clientId: id }));
    expect((await userRow(id)).status).toBe("active");
  });

  it("resets 2-step verification: method off, secrets cleared, sessions ended, audited", async () => {
    const id = await newClient("reset@example.test", { phone: "31612345678" });
    await database.db
      .update(users)
      .set({ twoFactorMethod: "totp", phoneVerifiedAt: new Date(), totpSecret: "secret", recoveryCodeHash: "hash" })
      .where(eq(users.id, id));
    const before = await userRow(id);
    expect(await actAs(officeA, staffA, () => resetClientTwoFactorAction({ clientId: id }))).toEqual({ ok: true, data: undefined });
    expect(await userRow(id)).toMatchObject({
      twoFactorMethod: "none",
      phoneVerifiedAt: null,
      totpSecret: null,
      recoveryCodeHash: null,
      sessionVersion: before.sessionVersion + 1,
    });
    expect(await auditCount("client.two_factor_reset", id)).toBe(1);
    // docs/security-requirements.md 6.3.7: the user hears of every 2-step change, with a link to the office's own host.
    const notices = await database.db.select().from(outbox).where(eq(outbox.recipient, "reset@example.test"));
    const notice = notices.find((mail) => mail.template === "security_notice");
    expect(notice?.data.text).toContain("2-staps verificatie");
    expect(notice?.data.text).toContain("https://a.portal.test/login");
  });

  it("resends the invitation, but not to a blocked client", async () => {
    const id = await newClient("again@example.test");
    expect(await actAs(officeA, staffA, () => resendClientInvitationAction({ clientId: id }))).toEqual({ ok: true, data: undefined });
    const mails = await database.db.select().from(outbox).where(eq(outbox.recipient, "again@example.test"));
    expect(mails.map((mail) => mail.template)).toEqual(["invitation", "invitation"]);
    expect(await auditCount("client.invite_resent", id)).toBe(1);

    await actAs(officeA, staffA, () => disableClientAction({ clientId: id }));
    const before = await counts();
    expect(await actAs(officeA, staffA, () => resendClientInvitationAction({ clientId: id }))).toEqual({
      ok: false,
      code: "accounts.invite_disabled",
    });
    expect(await counts()).toEqual(before);
  });
});

describe("the client list", () => {
  it("searches name and e-mail, pages in the database and counts dossiers", async () => {
    const id = await newClient("zoeklicht@example.test");
    await database.db.update(users).set({ name: "Zoë Zoeklicht" }).where(eq(users.id, id));
    await createDossier(database.db, officeA.id, [id]);
    await createDossier(database.db, officeA.id, [id]);

    const byName = await listClients({ viewer: staffA, q: "zoeklicht", request: pageRequest(undefined) });
    expect(byName.items).toEqual([
      expect.objectContaining({ id, name: "Zoë Zoeklicht", status: "invited", lastSignInAt: null, twoFactor: false, dossierCount: 2 }),
    ]);
    expect((await listClients({ viewer: staffA, q: "ZOEKLICHT@example", request: pageRequest("1") })).total).toBe(1);
    expect((await listClients({ viewer: staffA, q: "%", request: pageRequest("1") })).total).toBe(0);

    const all = await listClients({ viewer: staffA, request: pageRequest("1") });
    const paged = await listClients({ viewer: staffA, request: pageRequest("2", 2) });
    expect(paged.items).toHaveLength(2);
    expect(paged.total).toBe(all.total);
    expect(paged.pageCount).toBe(Math.ceil(all.total / 2));
    expect(all.items.every((client) => client.email !== staffA.email)).toBe(true);
  });

  it("shows another office nothing of this office's clients", async () => {
    const theirs = await listClients({ viewer: staffB, q: "example.test", request: pageRequest(undefined) });
    expect(theirs.items.map((client) => client.email)).toEqual(["dup@example.test"]);
    expect(await getClientForStaff({ viewer: staffB, clientId: clientA.userId })).toBeNull();
    expect(await getClientForStaff({ viewer: staffA, clientId: staffA.userId })).toBeNull();
    expect(await getClientForStaff({ viewer: staffA, clientId: "not-a-uuid" })).toBeNull();
    expect(await getClientForStaff({ viewer: staffA, clientId: clientA.userId })).toMatchObject({ email: clientA.email });
  });
});

describe("access", () => {
  type Call = () => Promise<ActionResult<unknown>>;
  const everyAction = (clientId: string): Call[] => [
    () => updateClientAction({ clientId, name: "X", email: "x@example.test", locale: "nl" }),
    () => resendClientInvitationAction({ clientId }),
    () => disableClientAction({ clientId }),
    () => enableClientAction({ clientId }),
    () => resetClientTwoFactorAction({ clientId }),
  ];

  it("answers staff of another office 'not found' for every action on this office's client, changing nothing", async () => {
    const before = await userRow(clientA.userId);
    const outboxBefore = await counts();
    for (const action of everyAction(clientA.userId)) {
      expect(await actAs(officeB, staffB, action)).toEqual({ ok: false, code: "errors.not_found" });
    }
    expect(await userRow(clientA.userId)).toEqual(before);
    expect(await counts()).toEqual(outboxBefore);
  });

  it("answers 'not found' for staff accounts and malformed ids", async () => {
    for (const clientId of [staffA.userId, "not-a-uuid"]) {
      for (const action of everyAction(clientId)) {
        expect(await actAs(officeA, staffA, action)).toEqual({ ok: false, code: "errors.not_found" });
      }
    }
  });

  it("refuses clients and signed-out visitors every action", async () => {
    const before = await counts();
    const create: Call = () => createClientAction({ name: "X", email: "viewer-made@example.test" });
    for (const action of [create, ...everyAction(clientA.userId)]) {
      expect(await actAs(officeA, clientA, action)).toEqual({ ok: false, code: "errors.not_found" });
      expect(await actAs(officeA, null, action)).toEqual({ ok: false, code: "errors.signed_out" });
    }
    expect(await counts()).toEqual(before);
  });
});
