// Setting up 2-step verification from Account, and the recovery code and app code a login will use.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, count, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, offices, otpCodes, outbox, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { disableTwoFactor } from "@/lib/auth/two-factor/disable";
import { finishSmsEnrolment, resendSmsEnrolmentCode, startSmsEnrolment } from "@/lib/auth/two-factor/enroll-sms";
import { finishTotpEnrolment, startTotpEnrolment } from "@/lib/auth/two-factor/enroll-totp";
import { signPendingTotp } from "@/lib/auth/two-factor/pending-totp";
import { redeemRecoveryCode, verifyRecoveryCode } from "@/lib/auth/two-factor/recovery-code";
import { decodeTotpSecret, generateTotp, consumeTotpCode } from "@/lib/auth/two-factor/totp";
import { createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const PASSWORD = "een lang wachtwoord 2026";
let database: TestDatabase;
let office: TestOffice;
let passwordHash: string;

beforeAll(async () => {
  database = await createTestDatabase();
  configureProcess({ AUTH_SECRET: "x".repeat(40), DATA_DIR: mkdtempSync(path.join(tmpdir(), "two-factor-")) }, database);
  office = await createOffice(database.db);
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(async () => {
  await database?.close();
});

let next = 20_000_000;
const freshPhone = () => `316${String(next++).slice(-8)}`;
const newClient = () => createUser(database.db, office.id, "client", { passwordHash });
const account = async (viewer: TestUser) => (await database.db.select().from(users).where(eq(users.id, viewer.userId)))[0]!;

async function rowsFor(viewer: TestUser) {
  const count1 = async (table: typeof outbox | typeof otpCodes | typeof auditEvents, where: ReturnType<typeof eq>) =>
    (await database.db.select({ n: count() }).from(table).where(where))[0]!.n;
  return {
    mails: await count1(outbox, eq(outbox.recipient, viewer.email)),
    codes: await count1(otpCodes, eq(otpCodes.userId, viewer.userId)),
    audit: await count1(auditEvents, eq(auditEvents.actorId, viewer.userId)),
  };
}

async function lastSmsCode(phone: string): Promise<string> {
  const [row] = await database.db.select().from(outbox).where(eq(outbox.recipient, phone)).orderBy(desc(outbox.createdAt)).limit(1);
  return JSON.stringify(row!.data).match(/\b(\d{6})\b/)![1]!;
}

async function enrolSms(viewer: TestUser) {
  const { challengeId, phone } = await startSmsEnrolment({
    viewer,
    ip: "192.0.2.1",
    phoneInput: freshPhone(),
    password: PASSWORD,
  });
  return finishSmsEnrolment({ viewer, ip: "192.0.2.1", challengeId, code: await lastSmsCode(phone) });
}

describe("SMS enrolment", () => {
  it("refuses a wrong password and a landline, changing nothing", async () => {
    const viewer = await newClient();
    const before = await rowsFor(viewer);
    await expect(startSmsEnrolment({ viewer, phoneInput: freshPhone(), password: "niet het wachtwoord" })).rejects.toMatchObject({
      code: "account.password_wrong",
      field: "password",
    });
    await expect(startSmsEnrolment({ viewer, phoneInput: "0201234567", password: PASSWORD })).rejects.toMatchObject({
      code: "two_factor.phone_invalid",
      field: "phone",
    });
    const after = await rowsFor(viewer);
    expect({ ...after, audit: after.audit - 1 }).toEqual(before); // only the failed password check is audited
    expect((await account(viewer)).twoFactorMethod).toBe("none");
  });

  it("sends a code to the normalised number; the right code switches SMS on with a recovery code", async () => {
    const viewer = await newClient();
    const { challengeId, phone } = await startSmsEnrolment({ viewer, phoneInput: "06 2000 0999", password: PASSWORD });
    expect(phone).toBe("+31620000999");
    expect((await account(viewer)).twoFactorMethod).toBe("none");
    const code = await lastSmsCode(phone);
    await expect(finishSmsEnrolment({ viewer, challengeId, code: code === "000000" ? "111111" : "000000" })).rejects.toMatchObject({
      code: "two_factor.code_wrong",
    });
    const { recoveryCode } = await finishSmsEnrolment({ viewer, challengeId, code });
    const user = await account(viewer);
    expect([user.twoFactorMethod, user.phone]).toEqual(["sms", "+31620000999"]);
    expect(user.phoneVerifiedAt).not.toBeNull();
    expect(verifyRecoveryCode(user.recoveryCodeHash, recoveryCode)).toBe(true);
    const events = await database.db.select().from(auditEvents).where(eq(auditEvents.actorId, viewer.userId));
    expect(events.map((event) => event.action).sort()).toEqual(["two_factor.code_failed", "two_factor.enabled"]);
    expect(JSON.stringify(events)).not.toContain(code);
    expect(JSON.stringify(events)).not.toContain(recoveryCode);
    const notices = await database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.recipient, viewer.email), eq(outbox.template, "security_notice")));
    expect(notices.map((mail) => mail.data.text).join()).toContain("2-staps verificatie van uw account is ingeschakeld");
    // The code is used up: the same challenge cannot switch anything on again.
    await expect(finishSmsEnrolment({ viewer, challengeId, code })).rejects.toMatchObject({ code: "two_factor.code_expired" });
  });

  it("binds the challenge to the account that started it", async () => {
    const [viewer, other] = [await newClient(), await newClient()];
    const { challengeId, phone } = await startSmsEnrolment({ viewer, phoneInput: freshPhone(), password: PASSWORD });
    await expect(finishSmsEnrolment({ viewer: other, challengeId, code: await lastSmsCode(phone) })).rejects.toMatchObject({
      code: "two_factor.code_expired",
    });
    await expect(resendSmsEnrolmentCode({ viewer: other, challengeId })).rejects.toMatchObject({
      code: "two_factor.code_expired",
    });
    expect((await account(other)).twoFactorMethod).toBe("none");
  });

  it("resends only after a minute", async () => {
    const viewer = await newClient();
    const { challengeId } = await startSmsEnrolment({ viewer, phoneInput: freshPhone(), password: PASSWORD });
    await expect(resendSmsEnrolmentCode({ viewer, challengeId })).rejects.toMatchObject({ code: "two_factor.resend_wait" });
    await resendSmsEnrolmentCode({ viewer, challengeId, now: new Date(Date.now() + 61_000) });
  });
});

describe("recovery code", () => {
  it("works once and is replaced by a new one that works", async () => {
    const viewer = await newClient();
    const { recoveryCode } = await enrolSms(viewer);
    const use = (input: string) => database.db.transaction((tx) => redeemRecoveryCode(tx, { userId: viewer.userId, input }));
    expect(await use("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")).toBeNull();
    const second = await use(recoveryCode.toLowerCase().replace(/-/g, " "));
    expect(second).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$/);
    expect(await use(recoveryCode)).toBeNull();
    expect(await use(second!)).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$/);
  });
});

describe("app (TOTP) enrolment", () => {
  it("stores the secret only after a right code, and refuses the same code twice", async () => {
    const viewer = await newClient();
    await expect(startTotpEnrolment({ viewer, password: "fout" })).rejects.toMatchObject({ code: "account.password_wrong" });
    const { pending, qrSvg, manualKey } = await startTotpEnrolment({ viewer, password: PASSWORD });
    expect(qrSvg).toContain("<svg");
    expect((await account(viewer)).totpSecret).toBeNull();
    const secret = decodeTotpSecret(manualKey);
    const now = new Date();
    // A swapped or foreign pending secret is refused.
    await expect(
      finishTotpEnrolment({
        viewer,
        pending: `${pending[0] === "A" ? "B" : "A"}${pending.slice(1)}`,
        code: generateTotp(secret, now),
        now,
      }),
    ).rejects.toMatchObject({
      code: "two_factor.enrolment_expired",
    });
    const other = await newClient();
    await expect(finishTotpEnrolment({ viewer: other, pending, code: generateTotp(secret, now), now })).rejects.toMatchObject({
      code: "two_factor.enrolment_expired",
    });

    const { recoveryCode } = await finishTotpEnrolment({ viewer, pending, code: generateTotp(secret, now), now });
    const user = await account(viewer);
    expect(user.twoFactorMethod).toBe("totp");
    expect(decodeTotpSecret(user.totpSecret!)).toEqual(secret);
    expect(verifyRecoveryCode(user.recoveryCodeHash, recoveryCode)).toBe(true);

    // Replay: the enrolment code, and an older step, are refused at login; the next step is fine.
    const login = (code: string, at: Date) =>
      database.db.transaction((tx) => consumeTotpCode(tx, { userId: viewer.userId, secret, code, now: at }));
    expect(await login(generateTotp(secret, now), now)).toBe("replayed");
    const later = new Date(now.getTime() + 30_000);
    expect(await login(generateTotp(secret, later), later)).toBe("ok");
    expect(await login(generateTotp(secret, later), later)).toBe("replayed");
    expect(await login(generateTotp(secret, now), later)).toBe("replayed");
  });

  it("counts wrong app codes: the fifth in 15 minutes locks further tries", async () => {
    const viewer = await newClient();
    const secret = new Uint8Array(20).fill(7);
    const now = new Date("2026-03-02T10:00:00Z");
    const right = generateTotp(secret, now);
    const wrong = right === "000000" ? "111111" : "000000";
    const results = [];
    for (let i = 0; i < 5; i++)
      results.push(await database.db.transaction((tx) => consumeTotpCode(tx, { userId: viewer.userId, secret, code: wrong, now })));
    expect(results).toEqual(["wrong", "wrong", "wrong", "wrong", "wrong"]);
    expect(await database.db.transaction((tx) => consumeTotpCode(tx, { userId: viewer.userId, secret, code: right, now }))).toBe(
      "exhausted",
    );
  });

  it("refuses an expired pending secret", async () => {
    const viewer = await newClient();
    const secret = new Uint8Array(20).fill(3);
    const then = new Date(Date.now() - 16 * 60_000);
    const pending = signPendingTotp(viewer.userId, secret, then);
    await expect(finishTotpEnrolment({ viewer, pending, code: generateTotp(secret) })).rejects.toMatchObject({
      code: "two_factor.enrolment_expired",
    });
  });
});

describe("switching off", () => {
  it("needs the password, forgets the factor and queues the notice", async () => {
    const viewer = await newClient();
    await enrolSms(viewer);
    await expect(disableTwoFactor({ viewer, password: "fout" })).rejects.toMatchObject({ code: "account.password_wrong" });
    expect((await account(viewer)).twoFactorMethod).toBe("sms");
    const mailsBefore = (await rowsFor(viewer)).mails;
    await disableTwoFactor({ viewer, password: PASSWORD });
    const user = await account(viewer);
    expect([user.twoFactorMethod, user.phone, user.recoveryCodeHash, user.totpSecret]).toEqual(["none", null, null, null]);
    const mails = await database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.recipient, viewer.email), eq(outbox.template, "security_notice")));
    expect(mails).toHaveLength(2); // switched on, then off
    expect((await rowsFor(viewer)).mails).toBe(mailsBefore + 1);
  });

  it("is refused to staff when the office requires 2-step verification", async () => {
    const strict = await createOffice(database.db);
    await database.db.update(offices).set({ requireStaffTwoFactor: true }).where(eq(offices.id, strict.id));
    const staff = await createUser(database.db, strict.id, "staff", { passwordHash, twoFactorMethod: "sms", phone: "+31620001111" });
    await expect(disableTwoFactor({ viewer: staff, password: PASSWORD })).rejects.toMatchObject({
      code: "two_factor.required_by_office",
    });
    expect((await account(staff)).twoFactorMethod).toBe("sms");
  });
});
