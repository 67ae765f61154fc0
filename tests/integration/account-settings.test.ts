// Language and notification settings on the Account pages, and who may call which account action.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, users } from "@/db/schema";
import { changePasswordAction, endSessionsAction, saveLocaleAction, saveNotificationsAction } from "@/lib/own-account/actions";
import { getAccountSettings } from "@/lib/own-account/settings";
import { actAs, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let office: TestOffice;
let client: TestUser<"client">;
let otherClient: TestUser<"client">;
let staff: TestUser<"staff">;
let admin: TestUser<"admin">;

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
    expect(await actAs(office, client, () => saveLocaleAction(form))).toEqual({ ok: true, data: undefined });
    expect((await row(client.userId)).locale).toBe("en");
    const [event] = await auditOf(client.userId, "account.locale");
    expect(event).toMatchObject({ officeId: office.id, subjectType: "user", subjectId: client.userId, data: { locale: "en" } });

    await actAs(office, client, () => saveLocaleAction({ locale: "nl" }));
    expect((await row(client.userId)).locale).toBe("nl");
  });

  it("refuses an unknown language and changes nothing", async () => {
    const result = await actAs(office, client, () => saveLocaleAction({ locale: "de" as "nl" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { locale: "errors.required" } });
    expect((await row(client.userId)).locale).toBe("nl");
  });

  it("lets staff and admins save their own language through the staff action", async () => {
    for (const viewer of [staff, admin]) {
      expect(await actAs(office, viewer, () => saveLocaleAction({ locale: "en" }))).toMatchObject({ ok: true });
      expect((await row(viewer.userId)).locale).toBe("en");
    }
  });

  it("changes only the viewer's own account: an id in the input is ignored", async () => {
    const input = { locale: "en", userId: otherClient.userId, id: otherClient.userId } as { locale: "en" };
    await actAs(office, client, () => saveLocaleAction(input));
    expect((await row(otherClient.userId)).locale).toBe("nl");
    await actAs(office, client, () => saveLocaleAction({ locale: "nl" }));
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
  const accountActions = {
    saveLocaleAction: () => saveLocaleAction({ locale: "en" }),
    saveNotificationsAction: () => saveNotificationsAction({ notifyDocuments: false, notifyMessages: false }),
    changePasswordAction: () => changePasswordAction({ currentPassword: "x", newPassword: "y", repeatPassword: "y" }),
    endSessionsAction: () => endSessionsAction({ password: "x" }),
  };

  it("refuses the client's notice settings to staff and admins, changing nothing", async () => {
    const before = await Promise.all([staff, admin].map((viewer) => row(viewer.userId)));
    for (const viewer of [staff, admin]) {
      expect(await actAs(office, viewer, accountActions.saveNotificationsAction), viewer.role).toEqual({
        ok: false,
        code: "errors.not_found",
      });
    }
    expect(await Promise.all([staff, admin].map((viewer) => row(viewer.userId)))).toEqual(before);
  });

  it("refuses every account action when signed out", async () => {
    for (const call of Object.values(accountActions)) {
      expect(await actAs(office, null, call)).toEqual({ ok: false, code: "errors.signed_out" });
    }
  });
});
