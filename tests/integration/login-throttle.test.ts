// Login throttling against a real database: the per-address lock (known and unknown addresses alike), its
// single e-mail and audit event, the 15-minute expiry, the reset on success and the per-IP progressive delay.
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, offices, outbox, users } from "@/db/schema";
import { authorizeCredentials, LoginLockedError } from "@/lib/auth/next-auth";
import { ipDelayMs, loginDelayMs, recordLoginFailure } from "@/lib/auth/login-throttle";
import { hashPassword } from "@/lib/auth/password";
import { PEER_HEADER } from "@/lib/client-ip";
import { createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const PASSWORD = "correct-horse-battery";
const host = `login-${randomUUID().slice(0, 8)}.test`;
let database: TestDatabase;
let office: TestOffice;

beforeAll(async () => {
  database = await createTestDatabase();
  configureProcess({}, database);
  office = await createOffice(database.db);
  await database.db
    .update(offices)
    .set({ hostnames: [host] })
    .where(eq(offices.id, office.id));
});
afterAll(async () => {
  await database?.close();
});

// A fresh IP per attempt unless one is given, so these tests do not wait for the per-IP delay. The address is the
// connection's, as the portal's server passes it (scripts/lib/portal-server.mjs).
const request = (ip = `10.0.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`) =>
  new Request("http://localhost/api/auth/callback/credentials", { headers: { host, [PEER_HEADER]: ip } });
const login = (email: string, password: string, now: Date, ip?: string) => authorizeCredentials({ email, password }, request(ip), now);
const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);

async function newClient(): Promise<TestUser> {
  return createUser(database.db, office.id, "client", { passwordHash: await hashPassword(PASSWORD) });
}

async function lockMails(to: string) {
  return database.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.recipient, to), eq(outbox.template, "account_locked")));
}

async function lockAudits(subjectId: string | null) {
  const rows = await database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.officeId, office.id), eq(auditEvents.action, "auth.account_locked")));
  return rows.filter((row) => row.subjectId === subjectId);
}

async function failTimes(email: string, times: number, start: Date): Promise<void> {
  for (let i = 0; i < times; i++) expect(await login(email, `wrong-${i}`, at(start, i))).toBeNull();
}

describe("per-address lock", () => {
  it("locks after 10 failures: the 11th is refused even with the right password; one e-mail, one audit event", async () => {
    const client = await newClient();
    const start = new Date("2026-11-25T10:00:00Z");
    await failTimes(client.email, 10, start);
    await expect(login(client.email, PASSWORD, at(start, 11))).rejects.toBeInstanceOf(LoginLockedError);
    await expect(login(client.email, PASSWORD, at(start, 12))).rejects.toMatchObject({ code: "locked" });

    const mails = await lockMails(client.email);
    expect(mails).toHaveLength(1);
    expect((mails[0]!.data as { text: string }).text).toContain("15");
    expect(await lockAudits(client.userId)).toHaveLength(1);
    const [user] = await database.db.select({ lastSignInAt: users.lastSignInAt }).from(users).where(eq(users.id, client.userId));
    expect(user!.lastSignInAt).toBeNull();

    // 15 minutes after the lock the right password works again.
    await expect(login(client.email, PASSWORD, at(start, 9 + 14 * 60 + 50))).rejects.toBeInstanceOf(LoginLockedError);
    expect(await login(client.email, PASSWORD, at(start, 9 + 15 * 60 + 1))).toMatchObject({ id: client.userId });
    expect(await lockMails(client.email)).toHaveLength(1);
  });

  it("locks an unknown address the same way, without an e-mail", async () => {
    const email = `nobody-${randomUUID().slice(0, 8)}@example.test`;
    const start = new Date("2026-11-25T11:00:00Z");
    await failTimes(email, 10, start);
    await expect(login(email, PASSWORD, at(start, 11))).rejects.toBeInstanceOf(LoginLockedError);
    expect(await lockMails(email)).toHaveLength(0);
    expect((await lockAudits(null)).length).toBeGreaterThanOrEqual(1);
  });

  it("keeps addresses apart: a locked address does not lock another account", async () => {
    const [locked, other] = [await newClient(), await newClient()];
    const start = new Date("2026-11-25T12:00:00Z");
    await failTimes(locked.email, 10, start);
    expect(await login(other.email, PASSWORD, at(start, 11))).toMatchObject({ id: other.userId });
  });

  it("counts failures over 15 minutes across window edges", async () => {
    const client = await newClient();
    const start = new Date("2026-11-25T13:10:00Z");
    await failTimes(client.email, 5, start);
    await failTimes(client.email, 5, at(start, 6 * 60));
    await expect(login(client.email, PASSWORD, at(start, 7 * 60))).rejects.toBeInstanceOf(LoginLockedError);
  });

  it("forgets the failures after a successful sign-in", async () => {
    const client = await newClient();
    const start = new Date("2026-11-25T14:00:00Z");
    await failTimes(client.email, 9, start);
    expect(await login(client.email, PASSWORD, at(start, 10))).toMatchObject({ id: client.userId });
    await failTimes(client.email, 9, at(start, 20));
    expect(await login(client.email, PASSWORD, at(start, 40))).toMatchObject({ id: client.userId });
    expect(await lockMails(client.email)).toHaveLength(0);
  });

  it("refuses a disabled account like a wrong password, and locks it without an e-mail", async () => {
    const client = await createUser(database.db, office.id, "client", { passwordHash: await hashPassword(PASSWORD), status: "disabled" });
    const start = new Date("2026-11-25T15:00:00Z");
    expect(await login(client.email, PASSWORD, start)).toBeNull();
    await failTimes(client.email, 9, at(start, 1));
    await expect(login(client.email, PASSWORD, at(start, 20))).rejects.toBeInstanceOf(LoginLockedError);
    expect(await lockMails(client.email)).toHaveLength(0);
  });
});

describe("per-IP progressive delay", () => {
  it("grows from 250 ms after 5 failures, doubling, and never exceeds 5 seconds", () => {
    expect([0, 4, 5, 6, 7, 8, 9, 10, 50].map(ipDelayMs)).toEqual([0, 0, 250, 500, 1000, 2000, 4000, 5000, 5000]);
  });

  it("counts the failed sign-ins of one IP in the database, over 15 minutes", async () => {
    const ip = `192.0.2.${Math.floor(Math.random() * 250)}`;
    const start = new Date("2026-11-25T16:00:00Z");
    const attempt = { officeId: office.id, email: "x@example.test", ip };
    for (let i = 0; i < 5; i++) expect(await login(`a${i}@example.test`, "wrong-password", at(start, i), ip)).toBeNull();
    expect(await loginDelayMs(attempt, at(start, 10))).toBe(250);
    await recordLoginFailure(attempt, undefined, { now: at(start, 11) });
    expect(await loginDelayMs(attempt, at(start, 12))).toBe(500);
    expect(await loginDelayMs({ ...attempt, ip: "192.0.2.254" }, at(start, 12))).toBe(0);
    expect(await loginDelayMs(attempt, at(start, 16 * 60 + 12))).toBe(0);
  });

  it("holds back the answer by that delay", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const start = new Date("2026-11-25T17:00:00Z");
    for (let i = 0; i < 6; i++) {
      await recordLoginFailure({ officeId: office.id, email: `b${i}@example.test`, ip }, undefined, { now: start });
    }
    const began = performance.now();
    expect(await login("c@example.test", "wrong-password", at(start, 1), ip)).toBeNull();
    expect(performance.now() - began).toBeGreaterThanOrEqual(490);
  });
});

describe("the address that counts (TRUSTED_PROXY_HOPS)", () => {
  const forged = (i: number) => `203.0.113.${i + 1}`;
  const failedSignInsFrom = async (ip: string) =>
    (
      await database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.officeId, office.id), eq(auditEvents.action, "auth.sign_in_failed"), eq(auditEvents.ip, ip)))
    ).length;
  const attemptWith = (headers: Record<string, string>, email: string, now: Date) =>
    authorizeCredentials(
      { email, password: "wrong-password" },
      new Request("http://localhost/api/auth/callback/credentials", { headers: { host, ...headers } }),
      now,
    );

  it("with 0 (the default) a forged X-Forwarded-For changes nothing: the connection's address is throttled and audited", async () => {
    const peer = `198.18.0.${Math.floor(Math.random() * 250)}`;
    const start = new Date("2026-11-26T09:00:00Z");
    for (let i = 0; i < 6; i++)
      expect(await attemptWith({ [PEER_HEADER]: peer, "x-forwarded-for": forged(i) }, `rot${i}@example.test`, at(start, i))).toBeNull();
    expect(await loginDelayMs({ officeId: office.id, email: "any@example.test", ip: peer }, at(start, 10))).toBe(500);
    expect(await failedSignInsFrom(peer)).toBe(6);
    for (let i = 0; i < 6; i++) expect(await failedSignInsFrom(forged(i))).toBe(0);
  });

  it("with 1 the entry the proxy appended counts, not the ones the client wrote before it", async () => {
    configureProcess({ TRUSTED_PROXY_HOPS: "1" });
    try {
      const client = `198.18.1.${Math.floor(Math.random() * 250)}`;
      const start = new Date("2026-11-26T10:00:00Z");
      for (let i = 0; i < 5; i++) {
        expect(
          await attemptWith(
            { [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": `${forged(i)}, ${client}` },
            `hop${i}@example.test`,
            at(start, i),
          ),
        ).toBeNull();
      }
      expect(await loginDelayMs({ officeId: office.id, email: "any@example.test", ip: client }, at(start, 10))).toBe(250);
      expect(await loginDelayMs({ officeId: office.id, email: "any@example.test", ip: "10.0.0.2" }, at(start, 10))).toBe(0);
      expect(await failedSignInsFrom(client)).toBe(5);
      for (let i = 0; i < 5; i++) expect(await failedSignInsFrom(forged(i))).toBe(0);
    } finally {
      configureProcess({ TRUSTED_PROXY_HOPS: undefined });
    }
  });
});
