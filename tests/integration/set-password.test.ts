// The three-mail first login and "forgotten password": the request page (same answer for every address,
// limits), the single-use link, and setting the password (policy, single use, expiry, other offices).
import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, offices, outbox, tokens, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { requestSetPasswordAction, setPasswordAction } from "@/lib/auth/set-password/actions";
import { completeSetPassword } from "@/lib/auth/set-password/complete";
import { nextStepAfterPasswordSet } from "@/lib/auth/set-password/next-step";
import { findUsableSetPasswordToken } from "@/lib/auth/set-password/tokens";
import { hashToken } from "@/lib/auth/tokens";
import { extractLinks } from "@/lib/notify/outbox";
import { runWithRequestContext } from "@/lib/safe-action";
import { actAs, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { isLoginLocked, LOGIN_FAILURE_LIMIT, recordLoginFailure } from "@/lib/auth/login-throttle";

let database: TestDatabase;
let officeA: TestOffice;
let officeB: TestOffice;
let ipCounter = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  configureProcess({ PORTAL_PUBLIC_URL: "https://portal.example.test" }, database);
  [officeA, officeB] = await Promise.all([createOffice(database.db, "Notariaat A"), createOffice(database.db, "Notariaat B")]);
  await database.db
    .update(offices)
    .set({ hostnames: ["a.portal.test"] })
    .where(eq(offices.id, officeA.id));
  await database.db
    .update(offices)
    .set({ hostnames: ["b.portal.test"] })
    .where(eq(offices.id, officeB.id));
});
afterAll(async () => {
  await database?.close();
});

/** The request action from its own IP each time, so only the per-address limit is in play. */
function request(office: TestOffice, email: string, ip = `198.51.100.${++ipCounter}`) {
  return runWithRequestContext({ office, viewer: null, ip }, () => requestSetPasswordAction({ email }));
}

function invited(office: TestOffice) {
  return createUser(database.db, office.id, "client", {
    status: "invited",
    email: `nieuw-${crypto.randomUUID().slice(0, 8)}@example.test`,
  });
}

async function mailsTo(email: string, template: string) {
  return database.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.recipient, email), eq(outbox.template, template)));
}

/** The token of the newest set-password e-mail to `email`, taken from its link. */
async function tokenFromMail(email: string): Promise<string> {
  const mails = await mailsTo(email, "set_password_link");
  const link = extractLinks(mails.at(-1)!.data.text).find((url) => url.includes("/set-password/"))!;
  return link.split("/set-password/")[1]!;
}

async function userRow(id: string) {
  const [row] = await database.db.select().from(users).where(eq(users.id, id));
  return row!;
}

async function outboxCount() {
  const [row] = await database.db.select({ n: count() }).from(outbox);
  return row!.n;
}

describe("requestSetPasswordAction", () => {
  it("answers known, unknown and blocked addresses identically; only the known one gets e-mail 2", async () => {
    const known = await invited(officeA);
    const blocked = await createUser(database.db, officeA.id, "client", { status: "disabled" });
    const before = await outboxCount();
    const answers = [
      await request(officeA, known.email),
      await request(officeA, `onbekend-${crypto.randomUUID().slice(0, 8)}@example.test`),
      await request(officeA, blocked.email),
    ];
    expect(answers[0]).toEqual({ ok: true, data: undefined });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(await outboxCount()).toBe(before + 1);

    const [mail] = await mailsTo(known.email, "set_password_link");
    const links = extractLinks(mail!.data.text);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(/^https:\/\/a\.portal\.test\/set-password\/[A-Za-z0-9_-]{43}$/);
    expect(mail!.data.text).toContain("60");

    // Only the hash is stored; it belongs to this user, purpose set_password, 60 minutes.
    const token = links[0]!.split("/set-password/")[1]!;
    const rows = await database.db.select().from(tokens).where(eq(tokens.userId, known.userId));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashToken(token));
    expect(rows[0]!.tokenHash).not.toContain(token);
    expect(rows[0]!.purpose).toBe("set_password");
    const minutes = (rows[0]!.expiresAt.getTime() - rows[0]!.createdAt.getTime()) / 60_000;
    expect(minutes).toBeGreaterThan(59);
    expect(minutes).toBeLessThanOrEqual(60.1);

    const [audit] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "auth.set_password_requested"), eq(auditEvents.actorId, known.userId)));
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it("refuses a malformed address with a field error and sends nothing", async () => {
    const before = await outboxCount();
    const result = await request(officeA, "geen-adres");
    expect(result).toEqual({ ok: false, code: "errors.invalid_input", fieldErrors: { email: "errors.invalid_email" } });
    expect(await outboxCount()).toBe(before);
  });

  it("does not mail an account of another office", async () => {
    const other = await invited(officeB);
    const result = await request(officeA, other.email);
    expect(result).toEqual({ ok: true, data: undefined });
    expect(await mailsTo(other.email, "set_password_link")).toHaveLength(0);
  });

  it("closes the earlier unused link when a new one is made", async () => {
    const user = await invited(officeA);
    await request(officeA, user.email);
    const first = await tokenFromMail(user.email);
    await request(officeA, user.email);
    const second = await tokenFromMail(user.email);
    expect(second).not.toBe(first);
    expect(await findUsableSetPasswordToken(database.db, { officeId: officeA.id, token: first })).toBeNull();
    expect(await findUsableSetPasswordToken(database.db, { officeId: officeA.id, token: second })).not.toBeNull();
  });

  it("sends at most 5 mails per address per hour; the 6th answers the same and is audited", async () => {
    const user = await invited(officeA);
    for (let i = 0; i < 5; i++) expect(await request(officeA, user.email)).toEqual({ ok: true, data: undefined });
    expect(await mailsTo(user.email, "set_password_link")).toHaveLength(5);
    expect(await request(officeA, user.email.toUpperCase())).toEqual({ ok: true, data: undefined });
    expect(await mailsTo(user.email, "set_password_link")).toHaveLength(5);
    const [throttled] = await database.db
      .select({ n: count() })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "auth.set_password_throttled"), eq(auditEvents.actorId, user.userId)));
    expect(throttled!.n).toBe(1);
  });

  it("sends at most 5 mails per IP per hour", async () => {
    const people = await Promise.all(Array.from({ length: 6 }, () => invited(officeA)));
    for (const person of people) await request(officeA, person.email, "203.0.113.77");
    const sent = await Promise.all(people.map((person) => mailsTo(person.email, "set_password_link")));
    expect(sent.map((mails) => mails.length)).toEqual([1, 1, 1, 1, 1, 0]);
  });
});

describe("setting the password", () => {
  async function linkFor(user: TestUser) {
    await request(officeA, user.email);
    return tokenFromMail(user.email);
  }

  it("sets the password, activates, ends other sessions, closes the links and sends e-mail 3", async () => {
    const user = await invited(officeA);
    const token = await linkFor(user);
    const before = await userRow(user.userId);
    expect(await findUsableSetPasswordToken(database.db, { officeId: officeA.id, token })).toMatchObject({ userId: user.userId });

    const account = await completeSetPassword({ office: officeA, token, password: "lange zin met woorden", ip: "192.0.2.1" });
    expect(account).toEqual({ userId: user.userId, email: user.email, role: "client" });
    expect(nextStepAfterPasswordSet(account)).toEqual({ kind: "sign_in", redirectTo: "/" });

    const after = await userRow(user.userId);
    expect(after.status).toBe("active");
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(after.passwordHash, "lange zin met woorden")).toBe(true);
    const open = await database.db
      .select({ n: count() })
      .from(tokens)
      .where(and(eq(tokens.userId, user.userId), sql`${tokens.usedAt} is null`));
    expect(open[0]!.n).toBe(0);

    const confirmations = await mailsTo(user.email, "password_set");
    expect(confirmations).toHaveLength(1);
    expect(extractLinks(confirmations[0]!.data.text)).toEqual(["https://a.portal.test/login"]);
    const [audit] = await database.db
      .select({ n: count() })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "auth.password_set"), eq(auditEvents.subjectId, user.userId)));
    expect(audit!.n).toBe(1);

    // The same link again: refused, nothing changes.
    const again = await actAs(officeA, null, () =>
      setPasswordAction({ token, password: "een heel ander wachtwoord", password_repeat: "een heel ander wachtwoord" }),
    );
    expect(again).toEqual({ ok: false, code: "set_password.link_invalid" });
    expect((await userRow(user.userId)).passwordHash).toBe(after.passwordHash);
  });

  it("lifts a sign-in lock on the address: the owner proved access to the mailbox", async () => {
    const user = await invited(officeA);
    const attempt = { officeId: officeA.id, email: user.email, ip: "203.0.113.9" };
    for (let i = 0; i < LOGIN_FAILURE_LIMIT; i++) await recordLoginFailure(attempt, undefined);
    expect(await isLoginLocked(attempt)).toBe(true);
    const token = await linkFor(user);
    await completeSetPassword({ office: officeA, token, password: "lange zin met woorden", ip: "192.0.2.1" });
    expect(await isLoginLocked(attempt)).toBe(false);
  });

  it("sends staff to /admin after setting the password", () => {
    expect(nextStepAfterPasswordSet({ role: "staff" }).redirectTo).toBe("/admin");
    expect(nextStepAfterPasswordSet({ role: "admin" }).redirectTo).toBe("/admin");
  });

  it("refuses an expired link and changes nothing", async () => {
    const user = await invited(officeA);
    const token = await linkFor(user);
    await database.db
      .update(tokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(tokens.tokenHash, hashToken(token)));
    const result = await actAs(officeA, null, () =>
      setPasswordAction({ token, password: "lange zin met woorden", password_repeat: "lange zin met woorden" }),
    );
    expect(result).toEqual({ ok: false, code: "set_password.link_invalid" });
    const row = await userRow(user.userId);
    expect(row.passwordHash).toBeNull();
    expect(row.status).toBe("invited");
    expect(await mailsTo(user.email, "password_set")).toHaveLength(0);
  });

  it("refuses an unknown or malformed token", async () => {
    const unknown = await actAs(officeA, null, () =>
      setPasswordAction({ token: "A".repeat(43), password: "lange zin met woorden", password_repeat: "lange zin met woorden" }),
    );
    expect(unknown).toEqual({ ok: false, code: "set_password.link_invalid" });
    const malformed = await actAs(officeA, null, () =>
      setPasswordAction({ token: "../x", password: "lange zin met woorden", password_repeat: "lange zin met woorden" }),
    );
    expect(malformed).toMatchObject({ ok: false, fieldErrors: { token: "set_password.link_invalid" } });
  });

  it("refuses another office's link on this office's host", async () => {
    const user = await invited(officeB);
    await request(officeB, user.email);
    const token = await tokenFromMail(user.email);
    expect(await findUsableSetPasswordToken(database.db, { officeId: officeA.id, token })).toBeNull();
    const result = await actAs(officeA, null, () =>
      setPasswordAction({ token, password: "lange zin met woorden", password_repeat: "lange zin met woorden" }),
    );
    expect(result).toEqual({ ok: false, code: "set_password.link_invalid" });
    expect((await userRow(user.userId)).passwordHash).toBeNull();
    expect(await findUsableSetPasswordToken(database.db, { officeId: officeB.id, token })).not.toBeNull();
  });

  it("refuses a link of an account blocked after the mail was sent", async () => {
    const user = await invited(officeA);
    const token = await linkFor(user);
    await database.db.update(users).set({ status: "disabled" }).where(eq(users.id, user.userId));
    expect(await findUsableSetPasswordToken(database.db, { officeId: officeA.id, token })).toBeNull();
  });

  it.each([
    ["too short", "kort", "kort", { password: "set_password.errors.too_short" }],
    ["common", "Password123", "Password123", { password: "set_password.errors.too_common" }],
    ["repeat differs", "lange zin met woorden", "lange zin met woorden!", { password_repeat: "set_password.errors.repeat_mismatch" }],
    ["empty", "", "", { password: "errors.required" }],
  ])("gives a field error for a weak password (%s) and changes nothing", async (_name, password, repeat, fieldErrors) => {
    const user = await invited(officeA);
    const token = await linkFor(user);
    const result = await actAs(officeA, null, () => setPasswordAction({ token, password, password_repeat: repeat }));
    expect(result).toMatchObject({ ok: false, fieldErrors });
    const row = await userRow(user.userId);
    expect(row.passwordHash).toBeNull();
    expect(row.status).toBe("invited");
    expect(await findUsableSetPasswordToken(database.db, { officeId: officeA.id, token })).not.toBeNull();
  });

  it("refuses the account's own e-mail address as password and keeps the link usable", async () => {
    const user = await invited(officeA);
    const token = await linkFor(user);
    const result = await actAs(officeA, null, () => setPasswordAction({ token, password: user.email, password_repeat: user.email }));
    expect(result).toEqual({ ok: false, code: "set_password.errors.is_email", fieldErrors: { password: "set_password.errors.is_email" } });
    expect((await userRow(user.userId)).passwordHash).toBeNull();
    expect(await findUsableSetPasswordToken(database.db, { officeId: officeA.id, token })).not.toBeNull();
  });
});
