// SMS codes against a real database: single use, 5 tries, 5 minutes, resend and sending limits.
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, count, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { otpCodes, outbox } from "@/db/schema";
import { issueSmsCode, smsBlockedUntil, verifySmsCode, type SmsPurpose } from "@/lib/auth/two-factor/sms-code";
import { createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let office: TestOffice;

beforeAll(async () => {
  database = await createTestDatabase();
  configureProcess({ AUTH_SECRET: "x".repeat(40), DATA_DIR: mkdtempSync(path.join(tmpdir(), "two-factor-")) }, database);
  office = await createOffice(database.db);
});
afterAll(async () => {
  await database?.close();
});

// Distinct numbers per test, so the per-number limits of one test do not touch another.
let next = 10_000_000;
const freshPhone = () => `+316${String(next++).slice(-8)}`;
const T0 = new Date("2026-03-02T09:00:00Z");
const later = (ms: number, from = T0) => new Date(from.getTime() + ms);

function issue(user: TestUser, phone: string, challengeId: string, now: Date, purpose: SmsPurpose = "login") {
  return database.db.transaction((tx) =>
    issueSmsCode(tx, {
      user: { id: user.userId, officeId: office.id, locale: user.locale },
      officeName: office.name,
      phone,
      purpose,
      challengeId,
      now,
    }),
  );
}

function verify(user: TestUser, challengeId: string, code: string, now: Date, purpose: SmsPurpose = "login") {
  return database.db.transaction((tx) => verifySmsCode(tx, { userId: user.userId, challengeId, purpose, code, now }));
}

/** The code of the newest SMS to a number, read from the outbox as the e2e tests do. */
async function lastCode(phone: string): Promise<string> {
  const [row] = await database.db.select().from(outbox).where(eq(outbox.recipient, phone)).orderBy(desc(outbox.createdAt)).limit(1);
  return JSON.stringify(row!.data).match(/\b(\d{6})\b/)![1]!;
}

async function smsCount(phone: string): Promise<number> {
  const [row] = await database.db
    .select({ n: count() })
    .from(outbox)
    .where(and(eq(outbox.recipient, phone), eq(outbox.channel, "sms")));
  return row!.n;
}

const wrongFor = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("SMS codes", () => {
  it("are queued as SMS, stored only as a hash, and accepted once", async () => {
    const user = await createUser(database.db, office.id, "client");
    const phone = freshPhone();
    const challenge = randomUUID();
    const { expiresAt } = await issue(user, phone, challenge, T0);
    expect(expiresAt).toEqual(later(5 * 60_000));
    const code = await lastCode(phone);
    const [row] = await database.db.select().from(otpCodes).where(eq(otpCodes.challengeId, challenge));
    expect(row!.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.codeHash).not.toContain(code);

    expect(await verify(user, randomUUID(), code, later(1000))).toBe("expired");
    expect(await verify(user, challenge, code, later(1000), "enroll")).toBe("expired");
    expect(await verify(user, challenge, code, later(1000))).toBe("ok");
    expect(await verify(user, challenge, code, later(2000))).toBe("expired");
    const [used] = await database.db.select().from(otpCodes).where(eq(otpCodes.challengeId, challenge));
    expect(used!.verifiedAt).toEqual(later(1000));
    expect(used!.consumedAt).toEqual(later(1000));
  });

  it("belong to their account: another user cannot use the challenge", async () => {
    const [user, other] = [await createUser(database.db, office.id, "client"), await createUser(database.db, office.id, "client")];
    const phone = freshPhone();
    const challenge = randomUUID();
    await issue(user, phone, challenge, T0);
    expect(await verify(other, challenge, await lastCode(phone), later(1000))).toBe("expired");
  });

  it("count wrong codes and are used up by the fifth", async () => {
    const user = await createUser(database.db, office.id, "client");
    const phone = freshPhone();
    const challenge = randomUUID();
    await issue(user, phone, challenge, T0);
    const code = await lastCode(phone);
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await verify(user, challenge, wrongFor(code), later(1000 + i)));
    expect(results).toEqual(["wrong", "wrong", "wrong", "wrong", "exhausted"]);
    expect(await verify(user, challenge, code, later(10_000))).toBe("exhausted");
    const [row] = await database.db.select().from(otpCodes).where(eq(otpCodes.challengeId, challenge));
    expect(row!.attempts).toBe(5);
    expect(row!.consumedAt).not.toBeNull();
    expect(row!.verifiedAt).toBeNull();
  });

  it("expire after five minutes", async () => {
    const user = await createUser(database.db, office.id, "client");
    const phone = freshPhone();
    const challenge = randomUUID();
    await issue(user, phone, challenge, T0);
    expect(await verify(user, challenge, await lastCode(phone), later(5 * 60_000))).toBe("expired");
    expect(await verify(user, challenge, await lastCode(phone), later(5 * 60_000 - 1))).toBe("ok");
  });

  it("are resent only after 60 seconds, and a new code kills the old one", async () => {
    const user = await createUser(database.db, office.id, "client");
    const phone = freshPhone();
    const challenge = randomUUID();
    await issue(user, phone, challenge, T0);
    const first = await lastCode(phone);
    await expect(issue(user, phone, challenge, later(59_999))).rejects.toMatchObject({ code: "two_factor.resend_wait" });
    expect(await smsCount(phone)).toBe(1);
    await issue(user, phone, challenge, later(60_000));
    const second = await lastCode(phone);
    expect(await smsCount(phone)).toBe(2);
    if (first !== second) expect(await verify(user, challenge, first, later(61_000))).toBe("wrong");
    expect(await verify(user, challenge, second, later(62_000))).toBe("ok");
    const rows = await database.db.select().from(otpCodes).where(eq(otpCodes.challengeId, challenge));
    expect(rows.every((row) => row.consumedAt !== null)).toBe(true);
  });

  it("refuse a 6th SMS in 15 minutes per account, before sending, and tell when the next may go", async () => {
    const user = await createUser(database.db, office.id, "client");
    const phones = Array.from({ length: 6 }, freshPhone);
    for (let i = 0; i < 5; i++) await issue(user, phones[i]!, randomUUID(), later(i * 1000));
    await expect(issue(user, phones[5]!, randomUUID(), later(14 * 60_000))).rejects.toMatchObject({ code: "two_factor.sms_limit" });
    expect(await smsCount(phones[5]!)).toBe(0);
    const until = await smsBlockedUntil(database.db, { userId: user.userId, phone: phones[5]!, now: later(14 * 60_000) });
    expect(until?.getTime()).toBe(later(15 * 60_000).getTime());
    // The window slides: 15 minutes after the first SMS there is room again.
    expect(await smsBlockedUntil(database.db, { userId: user.userId, phone: phones[5]!, now: later(15 * 60_000 + 1) })).toBeNull();
    await issue(user, phones[5]!, randomUUID(), later(15 * 60_000 + 1));
    expect(await smsCount(phones[5]!)).toBe(1);
  });

  it("set-up with a typo plus a first sign-in with a resend stays within the limit (issue 14)", async () => {
    const user = await createUser(database.db, office.id, "client");
    const phone = freshPhone();
    await issue(user, phone, randomUUID(), later(0), "enroll");
    await issue(user, phone, randomUUID(), later(70_000), "enroll");
    const signIn = randomUUID();
    await issue(user, phone, signIn, later(3 * 60_000));
    await issue(user, phone, signIn, later(4 * 60_000 + 1));
    expect(await smsCount(phone)).toBe(4);
  });

  it("refuse a 6th SMS in 15 minutes per number, across accounts", async () => {
    const phone = freshPhone();
    for (let i = 0; i < 5; i++) await issue(await createUser(database.db, office.id, "client"), phone, randomUUID(), later(i * 1000));
    const sixth = await createUser(database.db, office.id, "client");
    await expect(issue(sixth, phone, randomUUID(), later(5000))).rejects.toMatchObject({ code: "two_factor.sms_limit" });
    expect(await smsCount(phone)).toBe(5);
  });

  it("refuse an 11th SMS in 24 hours per account", async () => {
    const user = await createUser(database.db, office.id, "client");
    for (let i = 0; i < 10; i++) await issue(user, freshPhone(), randomUUID(), later(i * 16 * 60_000));
    await expect(issue(user, freshPhone(), randomUUID(), later(10 * 16 * 60_000))).rejects.toMatchObject({ code: "two_factor.sms_limit" });
    await issue(user, freshPhone(), randomUUID(), later(24 * 60 * 60_000 + 1));
  });
});
