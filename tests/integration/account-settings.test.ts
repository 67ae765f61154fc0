// Language and notification settings on the Account pages, and who may call which account action.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, users } from "@/db/schema";
import {
  changeClientPasswordAction,
  changeStaffPasswordAction,
  endClientSessionsAction,
  endStaffSessionsAction,
  saveClientLocaleAction,
  saveNotificationsAction,
  saveStaffLocaleAction,
} from "@/lib/account/actions";
import { getAccountSettings } from "@/lib/account/settings";
import { actAs, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let office: TestOffice;
let client: TestUser;
let otherClient: TestUser;
let staff: TestUser;
let admin: TestUser;

beforeAll(async () => {
  database = await createTestDatabase();
  configureProcess({ PORTAL_PUBLIC_URL: "https://portal.example.test" }, database);
  office = await createOffice(database.db);
  [client, otherClient, staff, admin] = await Promise.all([
    createUser(database.db, office.id, "client"),
    createUser(database.db, office.id, "client"),
    createUser(database.db, office.id, "staff"),
    createUser(database.db, office.id, "admin"),
  ]);
});
afterAll(async () => {
  await database?.close();
});

async function row(userId: string) {
  const [user] = await database.db.select().from(users).where(eq(users.id, userId));
  return user!;
}

async function auditOf(userId: string, action: string) {
  return database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.actorId, userId), eq(auditEvents.action, action)));
}

describe("language", () => {
  it("saves the client's language on the account, with an audit event", async () => {
    const form = new FormData();
    form.set("locale", "en");
    expect(await actAs(office, client, () => saveClientLocaleAction(form))).toEqual({ ok: true, data: undefined });
    expect((await row(client.userId)).locale).toBe("en");
    const [event] = await auditOf(client.userId, "account.locale");
    expect(event).toMatchObject({ officeId: office.id, subjectType: "user", subjectId: client.userId, data: { locale: "en" } });

    await actAs(office, client, () => saveClientLocaleAction({ locale: "nl" }));
    expect((await row(client.userId)).locale).toBe("nl");
  });

  it("refuses an unknown language and changes nothing", async () => {
    const result = await actAs(office, client, () => saveClientLocaleAction({ locale: "de" as "nl" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { locale: "errors.required" } });
    expect((await row(client.userId)).locale).toBe("nl");
  });

  it("lets staff and admins save their own language through the staff action", async () => {
    for (const viewer of [staff, admin]) {
      expect(await actAs(office, viewer, () => saveStaffLocaleAction({ locale: "en" }))).toMatchObject({ ok: true });
      expect((await row(viewer.userId)).locale).toBe("en");
    }
  });

  it("changes only the viewer's own account: an id in the input is ignored", async () => {
    const input = { locale: "en", userId: otherClient.userId, id: otherClient.userId } as { locale: "en" };
    await actAs(office, client, () => saveClientLocaleAction(input));
    expect((await row(otherClient.userId)).locale).toBe("nl");
    await actAs(office, client, () => saveClientLocaleAction({ locale: "nl" }));
  });
});

describe("notifications", () => {
  it("saves both switches from a form (unticked boxes post nothing)", async () => {
    const form = new FormData();
    form.set("notifyMessages", "on");
    expect(await actAs(office, client, () => saveNotificationsAction(form))).toMatchObject({ ok: true });
    expect(await getAccountSettings(client)).toMatchObject({ notifyDocuments: false, notifyMessages: true });
    const [event] = await auditOf(client.userId, "account.notifications");
    expect(event?.data).toEqual({ notifyDocuments: false, notifyMessages: true });

    await actAs(office, client, () => saveNotificationsAction({ notifyDocuments: true, notifyMessages: false }));
    expect(await getAccountSettings(client)).toMatchObject({ notifyDocuments: true, notifyMessages: false });
    const other = await row(otherClient.userId);
    expect([other.notifyDocuments, other.notifyMessages]).toEqual([true, true]);
  });
});

describe("access", () => {
  const clientActions = {
    saveClientLocaleAction: () => saveClientLocaleAction({ locale: "en" }),
    saveNotificationsAction: () => saveNotificationsAction({ notifyDocuments: false, notifyMessages: false }),
    changeClientPasswordAction: () => changeClientPasswordAction({ currentPassword: "x", newPassword: "y", repeatPassword: "y" }),
    endClientSessionsAction: () => endClientSessionsAction({ password: "x" }),
  };
  const staffActions = {
    saveStaffLocaleAction: () => saveStaffLocaleAction({ locale: "en" }),
    changeStaffPasswordAction: () => changeStaffPasswordAction({ currentPassword: "x", newPassword: "y", repeatPassword: "y" }),
    endStaffSessionsAction: () => endStaffSessionsAction({ password: "x" }),
  };

  it("refuses the client actions to staff and admins, and the staff actions to clients, changing nothing", async () => {
    const before = await Promise.all([client, staff, admin].map((viewer) => row(viewer.userId)));
    for (const viewer of [staff, admin]) {
      for (const [name, call] of Object.entries(clientActions)) {
        expect(await actAs(office, viewer, call), `${viewer.role} → ${name}`).toEqual({ ok: false, code: "errors.not_found" });
      }
    }
    for (const [name, call] of Object.entries(staffActions)) {
      expect(await actAs(office, client, call), `client → ${name}`).toEqual({ ok: false, code: "errors.not_found" });
    }
    const after = await Promise.all([client, staff, admin].map((viewer) => row(viewer.userId)));
    expect(after).toEqual(before);
  });

  it("refuses every account action when signed out", async () => {
    for (const call of [...Object.values(clientActions), ...Object.values(staffActions)]) {
      expect(await actAs(office, null, call)).toEqual({ ok: false, code: "errors.signed_out" });
    }
  });
});
