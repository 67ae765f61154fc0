// Staff users under /admin/staff (office admins only), and createStaffAccount as the operator CLI uses it.
import { and, count, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, outbox, users } from "@/db/schema";
import { extractLinks } from "@/lib/notify/outbox";
import { pageRequest } from "@/lib/pagination";
import {
  changeStaffRoleAction,
  disableStaffAction,
  enableStaffAction,
  inviteStaffAction,
  resendStaffInvitationAction,
} from "@/lib/staff/actions";
import { createStaffAccount } from "@/lib/staff/create";
import { listStaff } from "@/lib/staff/queries";
import { createStaffSchema } from "@/lib/staff/schema";
import type { ActionResult } from "@/lib/core/errors";
import { actAs, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let officeA: TestOffice;
let officeB: TestOffice;
let adminA: TestUser<"admin">;
let staffA: TestUser<"staff">;
let clientA: TestUser<"client">;
let adminB: TestUser<"admin">;

beforeAll(async () => {
  database = await createTestDatabase();
  configureProcess({ PORTAL_PUBLIC_URL: "https://portal.example.test" }, database);
  [officeA, officeB] = await Promise.all([createOffice(database.db, "Notariaat A"), createOffice(database.db, "Notariaat B")]);
  [adminA, staffA, clientA, adminB] = await Promise.all([
    createUser(database.db, officeA.id, "admin"),
    createUser(database.db, officeA.id, "staff"),
    createUser(database.db, officeA.id, "client"),
    createUser(database.db, officeB.id, "admin"),
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

async function invite(email: string, role: "staff" | "admin" = "staff") {
  const result = await actAs(officeA, adminA, () => inviteStaffAction({ name: "Bram Bakker", email, role, locale: "nl" }));
  if (!result.ok) throw new Error(`invite failed: ${result.code}`);
  return result.data.id;
}

describe("createStaffAccount (operator CLI)", () => {
  it("makes an invited admin with no actor, queues the staff invitation and audits it", async () => {
    const input = createStaffSchema.parse({ name: "Eerste Beheerder", email: "First@Example.test", role: "admin", locale: "en" });
    const { id } = await database.db.transaction((tx) => createStaffAccount(tx, { officeId: officeB.id, actorId: null, ip: null, input }));
    expect(await userRow(id)).toMatchObject({ officeId: officeB.id, role: "admin", email: "first@example.test", status: "invited" });
    const [mail] = await database.db.select().from(outbox).where(eq(outbox.recipient, "first@example.test"));
    expect(mail).toMatchObject({ template: "staff_invitation", locale: "en" });
    expect(mail!.data.subject).toBe("Your staff account for the client portal of Notariaat B");
    expect(extractLinks(mail!.data.text)).toEqual(["https://portal.example.test/set-password"]);
    const events = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "staff.invite"), eq(auditEvents.subjectId, id), isNull(auditEvents.actorId)));
    expect(events).toHaveLength(1);
  });

  it("refuses an address already used in the office", async () => {
    const input = createStaffSchema.parse({ name: "X", email: adminB.email, role: "staff", locale: "nl" });
    await expect(
      database.db.transaction((tx) => createStaffAccount(tx, { officeId: officeB.id, actorId: null, ip: null, input })),
    ).rejects.toMatchObject({ code: "staff.email_taken", field: "email" });
  });
});

describe("inviting staff", () => {
  it("invites a staff member in Dutch with the staff wording", async () => {
    const id = await invite("bram@example.test");
    expect(await userRow(id)).toMatchObject({ role: "staff", status: "invited", locale: "nl" });
    const [mail] = await database.db.select().from(outbox).where(eq(outbox.recipient, "bram@example.test"));
    expect(mail!.template).toBe("staff_invitation");
    expect(mail!.data.text).toContain("medewerkersaccount");
    expect(mail!.data.text).toContain("‘verstuur’");
  });

  it("refuses a duplicate e-mail (also a client's) and bad input, changing nothing", async () => {
    const before = await counts();
    for (const email of ["BRAM@example.test", clientA.email]) {
      expect(await actAs(officeA, adminA, () => inviteStaffAction({ name: "B", email, role: "staff", locale: "nl" }))).toEqual({
        ok: false,
        code: "staff.email_taken",
        fieldErrors: { email: "staff.email_taken" },
      });
    }
    expect(
      await actAs(officeA, adminA, () => inviteStaffAction({ name: "B", email: "b2@example.test", role: "client" as never, locale: "nl" })),
    ).toMatchObject({ ok: false, fieldErrors: { role: "errors.invalid" } });
    expect(await counts()).toEqual(before);
  });
});

describe("changing staff accounts", () => {
  it("changes the role both ways, audited", async () => {
    const id = await invite("rol@example.test");
    expect(await actAs(officeA, adminA, () => changeStaffRoleAction({ userId: id, role: "admin" }))).toEqual({ ok: true, data: undefined });
    expect((await userRow(id)).role).toBe("admin");
    expect(await actAs(officeA, adminA, () => changeStaffRoleAction({ userId: id, role: "staff" }))).toEqual({ ok: true, data: undefined });
    expect((await userRow(id)).role).toBe("staff");
    const [events] = await database.db
      .select({ n: count() })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "staff.role_change"), eq(auditEvents.subjectId, id)));
    expect(events!.n).toBe(2);
  });

  it("blocks (ending sessions), unblocks and resends the invitation", async () => {
    const id = await invite("blok@example.test");
    const before = await userRow(id);
    expect(await actAs(officeA, adminA, () => disableStaffAction({ userId: id }))).toEqual({ ok: true, data: undefined });
    expect(await userRow(id)).toMatchObject({ status: "disabled", sessionVersion: before.sessionVersion + 1 });
    expect(await actAs(officeA, adminA, () => resendStaffInvitationAction({ userId: id }))).toMatchObject({
      ok: false,
      code: "accounts.invite_disabled",
    });
    expect(await actAs(officeA, adminA, () => enableStaffAction({ userId: id }))).toEqual({ ok: true, data: undefined });
    expect((await userRow(id)).status).toBe("invited");
    expect(await actAs(officeA, adminA, () => resendStaffInvitationAction({ userId: id }))).toEqual({ ok: true, data: undefined });
    const mails = await database.db.select().from(outbox).where(eq(outbox.recipient, "blok@example.test"));
    expect(mails.map((mail) => mail.template)).toEqual(["staff_invitation", "staff_invitation"]);
    const actions = await database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, id))
      .orderBy(auditEvents.at);
    expect(actions.map((event) => event.action)).toEqual(["staff.invite", "staff.disable", "staff.enable", "staff.invite_resent"]);
  });

  it("refuses changes to the admin's own account", async () => {
    for (const action of [
      () => changeStaffRoleAction({ userId: adminA.userId, role: "staff" }),
      () => disableStaffAction({ userId: adminA.userId }),
      () => enableStaffAction({ userId: adminA.userId }),
    ]) {
      expect(await actAs(officeA, adminA, action)).toEqual({ ok: false, code: "staff.not_yourself" });
    }
    expect(await userRow(adminA.userId)).toMatchObject({ role: "admin", status: "active" });
  });

  it("never leaves the office without an active admin", async () => {
    // An admin demoted in another tab a moment ago still holds the old page: their request must not remove
    // the office's only remaining admin.
    const office = await createOffice(database.db);
    const lastAdmin = await createUser(database.db, office.id, "admin");
    const demoted = await createUser(database.db, office.id, "staff");
    const staleViewer = { ...demoted, role: "admin" as const };
    expect(await actAs(office, staleViewer, () => disableStaffAction({ userId: lastAdmin.userId }))).toEqual({
      ok: false,
      code: "staff.last_admin",
    });
    expect(await actAs(office, staleViewer, () => changeStaffRoleAction({ userId: lastAdmin.userId, role: "staff" }))).toEqual({
      ok: false,
      code: "staff.last_admin",
    });
    expect(await userRow(lastAdmin.userId)).toMatchObject({ role: "admin", status: "active" });

    // With a second active admin, the first may go.
    await database.db.update(users).set({ role: "admin" }).where(eq(users.id, demoted.userId));
    expect(await actAs(office, staleViewer, () => disableStaffAction({ userId: lastAdmin.userId }))).toEqual({ ok: true, data: undefined });
  });
});

describe("the staff list", () => {
  it("lists the office's staff and admins only", async () => {
    const page = await listStaff({ viewer: adminA, request: pageRequest(undefined) });
    const emails = page.items.map((member) => member.email);
    expect(emails).toEqual(expect.arrayContaining([adminA.email, staffA.email, "bram@example.test"]));
    expect(emails).not.toContain(clientA.email);
    expect(emails).not.toContain(adminB.email);
    expect(page.items.find((member) => member.id === adminA.userId)).toMatchObject({ role: "admin", status: "active", lastSignInAt: null });
  });
});

describe("access", () => {
  type Call = () => Promise<ActionResult<unknown>>;
  const everyAction = (userId: string): Call[] => [
    () => changeStaffRoleAction({ userId, role: "admin" }),
    () => disableStaffAction({ userId }),
    () => enableStaffAction({ userId }),
    () => resendStaffInvitationAction({ userId }),
  ];

  it("answers an admin of another office 'not found' for this office's staff, changing nothing", async () => {
    const before = await userRow(staffA.userId);
    const totals = await counts();
    for (const action of everyAction(staffA.userId)) {
      expect(await actAs(officeB, adminB, action)).toEqual({ ok: false, code: "errors.not_found" });
    }
    expect(await userRow(staffA.userId)).toEqual(before);
    expect(await counts()).toEqual(totals);
  });

  it("answers 'not found' for client accounts and malformed ids", async () => {
    for (const userId of [clientA.userId, "not-a-uuid"]) {
      for (const action of everyAction(userId)) {
        expect(await actAs(officeA, adminA, action)).toEqual({ ok: false, code: "errors.not_found" });
      }
    }
  });

  it("refuses staff who are not admins, clients and signed-out visitors", async () => {
    const totals = await counts();
    const target = await userRow(staffA.userId);
    const inviteOne: Call = () => inviteStaffAction({ name: "X", email: "sneaky@example.test", role: "admin", locale: "nl" });
    for (const action of [inviteOne, ...everyAction(staffA.userId), ...everyAction(adminA.userId)]) {
      expect(await actAs(officeA, staffA, action)).toEqual({ ok: false, code: "errors.not_found" });
      expect(await actAs(officeA, clientA, action)).toEqual({ ok: false, code: "errors.not_found" });
      expect(await actAs(officeA, null, action)).toEqual({ ok: false, code: "errors.signed_out" });
    }
    expect(await counts()).toEqual(totals);
    expect(await userRow(staffA.userId)).toEqual(target);
  });
});
