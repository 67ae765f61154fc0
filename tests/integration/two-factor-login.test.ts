// The sign-in's second step against a real database: the challenge of a pending session, codes counted and
// committed, the fifth wrong code ending it, promotion only of a verified challenge and only once, recovery codes.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, offices, otpCodes, outbox, users } from "@/db/schema";
import { authorizeCredentials } from "@/lib/auth/next-auth";
import { hashPassword } from "@/lib/auth/password";
import { PEER_HEADER } from "@/lib/client-ip";
import { nextStepAfterPasswordSet } from "@/lib/auth/set-password/next-step";
import {
  describeLoginChallenge,
  promoteLoginChallenge,
  redeemLoginRecoveryCode,
  resendLoginCode,
  startLoginChallenge,
  verifyLoginCode,
  type PendingLogin,
} from "@/lib/auth/two-factor/login";
import { hashRecoveryCode } from "@/lib/auth/two-factor/recovery-code";
import { createTotpSecret, encodeTotpSecret, generateTotp } from "@/lib/auth/two-factor/totp";
import { createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let office: TestOffice;

beforeAll(async () => {
  database = await createTestDatabase();
  configureProcess({ AUTH_SECRET: "y".repeat(40), DATA_DIR: mkdtempSync(path.join(tmpdir(), "two-factor-login-")) }, database);
  office = await createOffice(database.db);
});
afterAll(async () => {
  await database?.close();
});

let nextPhone = 20_000_000;
const T0 = new Date("2026-03-03T09:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const RECOVERY = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX";

function smsUser(): Promise<TestUser> {
  const phone = `+316${String(nextPhone++).slice(-8)}`;
  return createUser(database.db, office.id, "client", {
    twoFactorMethod: "sms",
    phone,
    phoneVerifiedAt: T0,
    recoveryCodeHash: hashRecoveryCode(RECOVERY),
  });
}

async function start(user: TestUser, now = T0): Promise<PendingLogin> {
  return { userId: user.userId, challengeId: await startLoginChallenge({ userId: user.userId, ip: "10.0.0.1", now }) };
}

async function lastSmsCode(user: TestUser): Promise<string> {
  const [row] = await database.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.channel, "sms"), eq(outbox.officeId, office.id)))
    .orderBy(desc(outbox.createdAt))
    .limit(1);
  expect(row!.recipient).toBe((await phoneOf(user)) ?? "");
  return JSON.stringify(row!.data).match(/\b(\d{6})\b/)![1]!;
}

async function phoneOf(user: TestUser): Promise<string | null> {
  const [row] = await database.db.select({ phone: users.phone }).from(users).where(eq(users.id, user.userId));
  return row?.phone ?? null;
}

const verify = (pending: PendingLogin, code: string, now: Date) => verifyLoginCode({ pending, code, ip: "10.0.0.1", now });
const promote = (pending: PendingLogin, now: Date) => promoteLoginChallenge({ pending, now });
const wrongFor = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("SMS second step", () => {
  it("hands the code's SMS to the provider at once, not at the next delivery round", async () => {
    const user = await smsUser();
    const pending = await start(user);
    const [row] = await database.db
      .select()
      .from(outbox)
      .where(eq(outbox.recipient, (await phoneOf(user))!));
    expect(row).toMatchObject({ channel: "sms", status: "sent", attempts: 0 });
    await resendLoginCode(pending, at(61_000));
    const rows = await database.db
      .select()
      .from(outbox)
      .where(eq(outbox.recipient, (await phoneOf(user))!));
    expect(rows.map((r) => r.status)).toEqual(["sent", "sent"]);
  });

  it("sends the code at the password step; promotes only a verified challenge, and only once", async () => {
    const user = await smsUser();
    const pending = await start(user);
    expect(await describeLoginChallenge(pending, at(1000))).toEqual({
      method: "sms",
      phoneEnding: (await phoneOf(user))!.slice(-2),
      role: "client",
      smsSent: true,
      smsBlockedUntil: null,
    });
    const code = await lastSmsCode(user);

    expect(await promote(pending, at(1000))).toBe(false); // not verified yet
    expect(await verify(pending, wrongFor(code), at(2000))).toBe("wrong");
    // The wrong code was committed: counted on the challenge and audited.
    const [challenge] = await database.db
      .select()
      .from(otpCodes)
      .where(and(eq(otpCodes.challengeId, pending.challengeId), eq(otpCodes.codeHash, "login-challenge")));
    expect(challenge!.attempts).toBe(1);
    const failures = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, user.userId), eq(auditEvents.action, "two_factor.code_failed")));
    expect(failures).toHaveLength(1);

    expect(await verify({ ...pending, userId: (await smsUser()).userId }, code, at(3000))).toBe("ended"); // another account's challenge
    expect(await verify(pending, code, at(3000))).toBe("ok");
    expect(await verify(pending, code, at(4000))).toBe("ended"); // the code and the challenge are used
    expect(await promote({ ...pending, challengeId: crypto.randomUUID() }, at(4000))).toBe(false);
    expect(await promote(pending, at(4000))).toBe(true);
    expect(await promote(pending, at(5000))).toBe(false); // a second promotion of the same challenge
    const signIns = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, user.userId), eq(auditEvents.action, "auth.sign_in")));
    expect(signIns).toHaveLength(1);
  });

  it("ends the sign-in at the fifth wrong code, also across a resent code", async () => {
    const user = await smsUser();
    const pending = await start(user);
    const first = await lastSmsCode(user);
    for (let i = 1; i <= 3; i++) expect(await verify(pending, wrongFor(first), at(i * 1000))).toBe("wrong");
    await expect(resendLoginCode(pending, at(30_000))).rejects.toMatchObject({ code: "two_factor.resend_wait" });
    await resendLoginCode(pending, at(61_000));
    const second = await lastSmsCode(user);
    expect(await verify(pending, first, at(62_000))).toBe("wrong"); // the old code died with the new one
    expect(await verify(pending, wrongFor(second), at(63_000))).toBe("exhausted");
    expect(await verify(pending, second, at(64_000))).toBe("ended");
    expect(await promote(pending, at(65_000))).toBe(false);
    expect(await describeLoginChallenge(pending, at(65_000))).toBeNull();
  });

  it("says when the limits stopped the SMS of a sign-in, and from when a new one can go (issue 14)", async () => {
    const user = await smsUser();
    for (let i = 0; i < 5; i++) await start(user, at(i * 1000));
    const stopped = await start(user, at(5000));
    expect(await describeLoginChallenge(stopped, at(6000))).toMatchObject({ smsSent: false, smsBlockedUntil: at(15 * 60_000) });
    await expect(resendLoginCode(stopped, at(70_000))).rejects.toMatchObject({ code: "two_factor.sms_limit" });
    // Once the first of the five leaves the window the code page offers a new code again, and it goes.
    expect(await describeLoginChallenge(stopped, at(15 * 60_000 + 1))).toMatchObject({ smsSent: false, smsBlockedUntil: null });
  });

  it("refuses a late challenge", async () => {
    const user = await smsUser();
    const pending = await start(user);
    const code = await lastSmsCode(user);
    expect(await verify(pending, code, at(16 * 60_000))).toBe("ended");
  });
});

describe("authenticator app second step", () => {
  async function totpUser() {
    const secret = createTotpSecret();
    const user = await createUser(database.db, office.id, "client", { twoFactorMethod: "totp", totpSecret: encodeTotpSecret(secret) });
    return { user, secret };
  }

  it("accepts the current code once; a reused code is refused", async () => {
    const { user, secret } = await totpUser();
    const pending = await start(user);
    expect((await describeLoginChallenge(pending, at(1000)))?.method).toBe("totp");
    const code = generateTotp(secret, at(1000));
    expect(await verify(pending, code, at(1000))).toBe("ok");
    expect(await promote(pending, at(2000))).toBe(true);
    const again = await start(user, at(3000));
    expect(await verify(again, code, at(3000))).toBe("replayed");
    expect(await promote(again, at(4000))).toBe(false);
  });

  it("ends the sign-in at the fifth wrong code", async () => {
    const { user, secret } = await totpUser();
    const pending = await start(user);
    const wrong = wrongFor(generateTotp(secret, T0));
    for (let i = 1; i <= 4; i++) expect(await verify(pending, wrong, at(i))).toBe("wrong");
    expect(await verify(pending, wrong, at(5))).toBe("exhausted");
    expect(await verify(pending, generateTotp(secret, at(6)), at(6))).toBe("ended");
  });
});

describe("recovery code", () => {
  it("works once, returns a new code that works next time, and sends a notice", async () => {
    const user = await smsUser();
    const pending = await start(user);
    const redeem = (p: PendingLogin, input: string, now: Date) => redeemLoginRecoveryCode({ pending: p, input, ip: null, now });
    expect(await redeem(pending, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", at(1000))).toEqual({ result: "wrong" });
    const ok = await redeem(pending, RECOVERY.toLowerCase(), at(2000));
    expect(ok.result).toBe("ok");
    const fresh = ok.result === "ok" ? ok.recoveryCode : "";
    expect(fresh).toMatch(/^([A-Z2-7]{4}-){5}[A-Z2-7]{4}$/);
    expect(await promote(pending, at(3000))).toBe(true);
    const notices = await database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.recipient, user.email), eq(outbox.template, "security_notice")));
    expect(notices).toHaveLength(1);

    const next = await start(user, at(4000));
    expect(await redeem(next, RECOVERY, at(5000))).toEqual({ result: "wrong" }); // the old code is used up
    expect((await redeem(next, fresh, at(6000))).result).toBe("ok");
  });

  it("allows 5 tries per 15 minutes", async () => {
    const user = await smsUser();
    const pending = await start(user);
    for (let i = 1; i <= 5; i++) {
      expect(await redeemLoginRecoveryCode({ pending, input: "WRONG", ip: null, now: at(i) })).toEqual({ result: "wrong" });
    }
    expect(await redeemLoginRecoveryCode({ pending, input: RECOVERY, ip: null, now: at(6) })).toEqual({ result: "throttled" });
  });
});

describe("password step", () => {
  it("gives a pending sign-in with a server-made challenge only for accounts with 2-step on", async () => {
    const host = `${office.slug}.portal.test`;
    await database.db
      .update(offices)
      .set({ hostnames: [host] })
      .where(eq(offices.id, office.id));
    const passwordHash = await hashPassword("a-long-enough-password-2026");
    const twoStep = await smsUser();
    await database.db.update(users).set({ passwordHash }).where(eq(users.id, twoStep.userId));
    const oneStep = await createUser(database.db, office.id, "client", { passwordHash });
    const request = () =>
      new Request(`http://${host}/api/auth/callback/credentials`, { headers: { host, [PEER_HEADER]: `10.9.${nextPhone % 200}.1` } });

    const pendingUser = await authorizeCredentials(
      { email: twoStep.email, password: "a-long-enough-password-2026", challengeId: "00000000-0000-4000-8000-000000000000" },
      request(),
    );
    expect(pendingUser?.challengeId).toMatch(/^[0-9a-f-]{36}$/);
    expect(pendingUser?.challengeId).not.toBe("00000000-0000-4000-8000-000000000000");
    expect(await lastSmsCode(twoStep)).toMatch(/^\d{6}$/);
    const fullUser = await authorizeCredentials({ email: oneStep.email, password: "a-long-enough-password-2026" }, request());
    expect(fullUser).toMatchObject({ id: oneStep.userId });
    expect(fullUser?.challengeId).toBeUndefined();
  });

  it("after a new password, 2-step accounts go to the code page", () => {
    expect(nextStepAfterPasswordSet({ role: "client", twoFactorMethod: "sms" }).redirectTo).toBe("/login/code");
    expect(nextStepAfterPasswordSet({ role: "admin", twoFactorMethod: "totp" }).redirectTo).toBe("/login/code");
    expect(nextStepAfterPasswordSet({ role: "client", twoFactorMethod: "none" }).redirectTo).toBe("/");
  });
});
