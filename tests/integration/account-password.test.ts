// Changing the password and ending sessions from Account: the database work the actions do before signing in again.
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditEvents, outbox, users } from "@/db/schema";
import { changePasswordAction, endSessionsAction } from "@/lib/own-account/actions";
import { changePassword, endAllSessions, PASSWORD_CHECKS } from "@/lib/own-account/password";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { actAs, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const CURRENT = "oud-wachtwoord-2026";
const NEW = "een nieuw en lang wachtwoord";

let database: TestDatabase;
let office: TestOffice;
let client: TestUser<"client">;
let otherClient: TestUser<"client">;
let staff: TestUser<"staff">;

beforeAll(async () => {
  database = await createTestDatabase();
  configureProcess({ PORTAL_PUBLIC_URL: "https://portal.example.test" }, database);
  office = await createOffice(database.db);
  const passwordHash = await hashPassword(CURRENT);
  [client, otherClient, staff] = await Promise.all([
    createUser(database.db, office.id, "client", { passwordHash }),
    createUser(database.db, office.id, "client", { passwordHash }),
    createUser(database.db, office.id, "staff", { passwordHash }),
  ]);
});
afterAll(async () => {
  await database?.close();
});

// Every test starts from the known current password.
beforeEach(async () => {
  await database.db.update(users).set({ passwordHash: await hashPassword(CURRENT) });
});

async function snapshot(userId: string) {
  const [user] = await database.db.select().from(users).where(eq(users.id, userId));
  const [mails] = await database.db.select({ n: count() }).from(outbox).where(eq(outbox.recipient, user!.email));
  const [events] = await database.db
    .select({ n: count() })
    .from(auditEvents)
    .where(and(eq(auditEvents.officeId, office.id), eq(auditEvents.subjectId, userId)));
  return { passwordHash: user!.passwordHash, sessionVersion: user!.sessionVersion, mails: mails!.n, events: events!.n };
}

const context = (viewer: TestUser) => ({ viewer, ip: "192.0.2.1" });

describe("password change", () => {
  it("refuses a wrong current password as a field error and changes nothing", async () => {
    const before = await snapshot(client.userId);
    const input = { currentPassword: "niet-het-wachtwoord", newPassword: NEW, repeatPassword: NEW };
    expect(await actAs(office, client, () => changePasswordAction(input))).toEqual({
      ok: false,
      code: "account.password_wrong",
      fieldErrors: { currentPassword: "account.password_wrong" },
    });
    expect(await snapshot(client.userId)).toEqual(before);
  });

  it("refuses a new password that breaks the policy or is not repeated, changing nothing", async () => {
    const before = await snapshot(client.userId);
    const cases = [
      [{ newPassword: "kort", repeatPassword: "kort" }, "newPassword", "set_password.errors.too_short"],
      [{ newPassword: "password123", repeatPassword: "password123" }, "newPassword", "set_password.errors.too_common"],
      [{ newPassword: client.email, repeatPassword: client.email }, "newPassword", "set_password.errors.is_email"],
      [{ newPassword: NEW, repeatPassword: `${NEW}!` }, "repeatPassword", "account.password_mismatch"],
    ] as const;
    for (const [fields, field, code] of cases) {
      const result = await actAs(office, client, () => changePasswordAction({ currentPassword: CURRENT, ...fields }));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.fieldErrors?.[field], `${fields.newPassword}`).toBe(code);
    }
    expect(await snapshot(client.userId)).toEqual(before);
  });

  it("sets the new hash, ends every session, queues the notice e-mail and records the change", async () => {
    const before = await snapshot(client.userId);
    expect(await changePassword(context(client), { currentPassword: CURRENT, newPassword: NEW, repeatPassword: NEW })).toEqual({
      email: client.email,
    });
    const after = await snapshot(client.userId);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash, NEW)).toBe(true);
    expect(await verifyPassword(after.passwordHash, CURRENT)).toBe(false);

    const [mail] = await database.db.select().from(outbox).where(eq(outbox.recipient, client.email));
    expect(mail).toMatchObject({ template: "security_notice", channel: "email", officeId: office.id });
    expect(JSON.stringify(mail!.data)).not.toContain(NEW);
    const [event] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, client.userId), eq(auditEvents.action, "account.password_changed")));
    expect(event).toMatchObject({ subjectId: client.userId, ip: "192.0.2.1" });
    expect(JSON.stringify(event!.data)).not.toContain(NEW);

    // Nobody else's account was touched.
    const [other] = await database.db.select().from(users).where(eq(users.id, otherClient.userId));
    expect(await verifyPassword(other!.passwordHash, CURRENT)).toBe(true);
  });

  it("works the same for staff, and refuses a wrong password through the staff action", async () => {
    const wrong = { currentPassword: "fout-fout-fout", newPassword: NEW, repeatPassword: NEW };
    expect(await actAs(office, staff, () => changePasswordAction(wrong))).toMatchObject({
      fieldErrors: { currentPassword: "account.password_wrong" },
    });
    const before = await snapshot(staff.userId);
    await changePassword(context(staff), { currentPassword: CURRENT, newPassword: NEW, repeatPassword: NEW });
    expect((await snapshot(staff.userId)).sessionVersion).toBe(before.sessionVersion + 1);
  });
});

describe("ending other sessions", () => {
  it("needs the password: a wrong one is a field error and changes nothing", async () => {
    const before = await snapshot(client.userId);
    expect(await actAs(office, client, () => endSessionsAction({ password: "niet-goed-genoeg" }))).toEqual({
      ok: false,
      code: "account.password_wrong",
      fieldErrors: { password: "account.password_wrong" },
    });
    expect(await snapshot(client.userId)).toEqual(before);
  });

  it("bumps the session version, queues the notice e-mail and records it", async () => {
    const before = await snapshot(client.userId);
    expect(await endAllSessions(context(client), CURRENT)).toEqual({ email: client.email });
    const after = await snapshot(client.userId);
    expect(after).toMatchObject({ sessionVersion: before.sessionVersion + 1, passwordHash: before.passwordHash });
    expect(after.mails).toBe(before.mails + 1);
    const events = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, client.userId), eq(auditEvents.action, "account.sessions_ended")));
    expect(events).toHaveLength(1);
  });

  it("never touches another office's account with the same id", async () => {
    const stranger = { ...client, officeId: (await createOffice(database.db)).id };
    const before = await snapshot(client.userId);
    await expect(endAllSessions(context(stranger), CURRENT)).rejects.toMatchObject({ code: "account.password_wrong" });
    expect(await snapshot(client.userId)).toEqual(before);
  });
});

describe("guessing the password through Account", () => {
  it("is counted and audited, and refused after the limit, even with the right password", async () => {
    const guesser = await createUser(database.db, office.id, "client", { passwordHash: await hashPassword(CURRENT) });
    for (let i = 0; i < PASSWORD_CHECKS.limit; i++) {
      await expect(endAllSessions(context(guesser), `fout-${i}-wachtwoord`)).rejects.toMatchObject({ code: "account.password_wrong" });
    }
    const before = await snapshot(guesser.userId);
    expect(await actAs(office, guesser, () => endSessionsAction({ password: CURRENT }))).toMatchObject({
      ok: false,
      fieldErrors: { password: "account.password_attempts" },
    });
    await expect(
      changePassword(context(guesser), { currentPassword: CURRENT, newPassword: NEW, repeatPassword: NEW }),
    ).rejects.toMatchObject({ code: "account.password_attempts" });
    expect(await snapshot(guesser.userId)).toEqual(before);
    const failures = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, guesser.userId), eq(auditEvents.action, "account.password_check_failed")));
    expect(failures).toHaveLength(PASSWORD_CHECKS.limit);
  });
});
