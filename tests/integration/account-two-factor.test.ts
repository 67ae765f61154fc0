// 2-step verification from Account: the client and staff wrappers, and "verstuur e-mail" for the herstelcode.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, count, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, outbox, users } from "@/db/schema";
import { getAccountSettings } from "@/lib/own-account/settings";
import * as actions from "@/lib/own-account/two-factor-actions";
import { hashPassword } from "@/lib/auth/password";
import type { ActionResult } from "@/lib/core/errors";
import { decodeTotpSecret, generateTotp } from "@/lib/auth/two-factor/totp";
import { actAs, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const PASSWORD = "een lang wachtwoord 2026";
let database: TestDatabase;
let office: TestOffice;
let relaxedOffice: TestOffice;
let passwordHash: string;

beforeAll(async () => {
  database = await createTestDatabase();
  configureProcess(
    {
      AUTH_SECRET: "y".repeat(40),
      PORTAL_PUBLIC_URL: "https://portal.example.test",
      DATA_DIR: mkdtempSync(path.join(tmpdir(), "account-2fa-")),
    },
    database,
  );
  [office, relaxedOffice] = await Promise.all([
    createOffice(database.db, undefined, { requireStaffTwoFactor: true }),
    createOffice(database.db, undefined, { requireStaffTwoFactor: false }),
  ]);
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(async () => {
  await database?.close();
});

let next = 30_000_000;
const freshPhone = () => `316${String(next++).slice(-8)}`;
const newUser = (role: "client" | "staff", at: TestOffice = office) => createUser(database.db, at.id, role, { passwordHash });

async function lastSmsCode(phone: string): Promise<string> {
  const [row] = await database.db.select().from(outbox).where(eq(outbox.recipient, phone)).orderBy(desc(outbox.createdAt)).limit(1);
  return JSON.stringify(row!.data).match(/\b(\d{6})\b/)![1]!;
}

async function recoveryMails(viewer: TestUser) {
  return database.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.recipient, viewer.email), eq(outbox.template, "recovery_code")));
}

async function state(viewer: TestUser) {
  const [user] = await database.db.select().from(users).where(eq(users.id, viewer.userId));
  const [mails] = await database.db.select({ n: count() }).from(outbox).where(eq(outbox.recipient, viewer.email));
  return { method: user!.twoFactorMethod, phone: user!.phone, recovery: user!.recoveryCodeHash, mails: mails!.n };
}

/** SMS set-up through the client's actions; returns the herstelcode shown on the last screen. */
async function enrolClientBySms(viewer: TestUser): Promise<string> {
  const phone = freshPhone();
  const started = await actAs(office, viewer, () => actions.startSmsEnrolmentAction({ password: PASSWORD, phone }));
  if (!started.ok) throw new Error(started.code);
  expect(started.data.phoneEnding).toBe(phone.slice(-2));
  const code = await lastSmsCode(`+${phone}`);
  const finished = await actAs(office, viewer, () => actions.finishSmsEnrolmentAction({ challengeId: started.data.challengeId, code }));
  if (!finished.ok) throw new Error(finished.code);
  return finished.data.recoveryCode;
}

describe("set-up through the Account actions", () => {
  it("SMS: password + number as in docs/client-manual.md M-2FA-2 → code → herstelcode, and the page status follows", async () => {
    const client = await newUser("client");
    const recoveryCode = await enrolClientBySms(client);
    expect(recoveryCode).toMatch(/^([A-Z2-7]{4}-){5}[A-Z2-7]{4}$/);
    const settings = await getAccountSettings(client);
    expect(settings).toMatchObject({ twoFactorMethod: "sms" });
    expect(settings!.phoneEnding).toMatch(/^\d{2}$/);
  });

  it("refuses an empty form, a wrong password and a landline as field errors, changing nothing", async () => {
    const client = await newUser("client");
    const before = await state(client);
    expect(await actAs(office, client, () => actions.startSmsEnrolmentAction({ password: "", phone: "" }))).toEqual({
      ok: false,
      code: "errors.invalid_input",
      fieldErrors: { password: "errors.required", phone: "errors.required" },
    });
    expect(
      await actAs(office, client, () => actions.startSmsEnrolmentAction({ password: "fout-wachtwoord", phone: freshPhone() })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { password: "account.password_wrong" },
    });
    expect(await actAs(office, client, () => actions.startSmsEnrolmentAction({ password: PASSWORD, phone: "31201234567" }))).toMatchObject({
      ok: false,
      fieldErrors: { phone: "two_factor.phone_invalid" },
    });
    expect(await state(client)).toEqual(before);
  });

  it("a wrong SMS code is a field error on the code and switches nothing on", async () => {
    const client = await newUser("client");
    const phone = freshPhone();
    const started = await actAs(office, client, () => actions.startSmsEnrolmentAction({ password: PASSWORD, phone }));
    if (!started.ok) throw new Error(started.code);
    const right = await lastSmsCode(`+${phone}`);
    const wrong = right === "000000" ? "111111" : "000000";
    expect(
      await actAs(office, client, () => actions.finishSmsEnrolmentAction({ challengeId: started.data.challengeId, code: wrong })),
    ).toEqual({
      ok: false,
      code: "two_factor.code_wrong",
      fieldErrors: { code: "two_factor.code_wrong" },
    });
    // Resend too early: refused on the code field.
    expect(await actAs(office, client, () => actions.resendSmsEnrolmentAction({ challengeId: started.data.challengeId }))).toMatchObject({
      ok: false,
      fieldErrors: { code: "two_factor.resend_wait" },
    });
    expect((await state(client)).method).toBe("none");
  });

  it("authenticator app: password → QR code and key → code from the app → herstelcode", async () => {
    const staff = await newUser("staff");
    const started = await actAs(office, staff, () => actions.startTotpEnrolmentAction({ password: PASSWORD }));
    if (!started.ok) throw new Error(started.code);
    expect(started.data.qrSvg).toContain("<svg");
    const code = generateTotp(decodeTotpSecret(started.data.manualKey));
    const finished = await actAs(office, staff, () => actions.finishTotpEnrolmentAction({ pending: started.data.pending, code }));
    expect(finished).toMatchObject({ ok: true, data: { recoveryCode: expect.any(String) } });
    expect((await state(staff)).method).toBe("totp");
  });
});

describe("switching off", () => {
  it("a client switches off with the password; a wrong password changes nothing", async () => {
    const client = await newUser("client");
    await enrolClientBySms(client);
    expect(await actAs(office, client, () => actions.disableTwoFactorAction({ password: "fout" }))).toMatchObject({
      ok: false,
      fieldErrors: { password: "account.password_wrong" },
    });
    expect((await state(client)).method).toBe("sms");
    expect(await actAs(office, client, () => actions.disableTwoFactorAction({ password: PASSWORD }))).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await state(client)).toMatchObject({ method: "none", phone: null, recovery: null });
  });

  it("staff cannot switch off when their office requires 2-step; elsewhere they can", async () => {
    for (const [at, expected] of [
      [office, { ok: false, code: "two_factor.required_by_office" }],
      [relaxedOffice, { ok: true }],
    ] as const) {
      const staff = await newUser("staff", at);
      const started = await actAs(at, staff, () => actions.startTotpEnrolmentAction({ password: PASSWORD }));
      if (!started.ok) throw new Error(started.code);
      const code = generateTotp(decodeTotpSecret(started.data.manualKey));
      expect((await actAs(at, staff, () => actions.finishTotpEnrolmentAction({ pending: started.data.pending, code }))).ok).toBe(true);
      expect(await actAs(at, staff, () => actions.disableTwoFactorAction({ password: PASSWORD }))).toMatchObject(expected);
      expect((await state(staff)).method).toBe(expected.ok ? "none" : "totp");
    }
  });
});

describe("verstuur e-mail (the herstelcode by e-mail)", () => {
  it("mails the account's current code once per click, to the account's own address, and audits without the code", async () => {
    const client = await newUser("client");
    const recoveryCode = await enrolClientBySms(client);
    expect(await actAs(office, client, () => actions.sendRecoveryCodeMailAction({ code: recoveryCode }))).toEqual({
      ok: true,
      data: undefined,
    });
    const mails = await recoveryMails(client);
    expect(mails).toHaveLength(1);
    expect(JSON.stringify(mails[0]!.data)).toContain(recoveryCode);
    const events = await database.db.select().from(auditEvents).where(eq(auditEvents.actorId, client.userId));
    expect(events.map((event) => event.action)).toContain("two_factor.recovery_code_mailed");
    const plain = recoveryCode.replace(/-/g, "");
    for (const event of events) expect(JSON.stringify(event)).not.toMatch(new RegExp(`${recoveryCode}|${plain}`));
  });

  it("refuses a wrong code, a code of an earlier set-up and another account's code: no mail", async () => {
    const client = await newUser("client");
    const other = await newUser("client");
    const first = await enrolClientBySms(client);
    const otherCode = await enrolClientBySms(other);
    // A new set-up replaces the code: the old one is no longer the account's.
    const started = await actAs(office, client, () => actions.startTotpEnrolmentAction({ password: PASSWORD }));
    if (!started.ok) throw new Error(started.code);
    const code = generateTotp(decodeTotpSecret(started.data.manualKey));
    expect((await actAs(office, client, () => actions.finishTotpEnrolmentAction({ pending: started.data.pending, code }))).ok).toBe(true);
    for (const attempt of [first, otherCode, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", ""]) {
      const result = await actAs(office, client, () => actions.sendRecoveryCodeMailAction({ code: attempt }));
      expect(result.ok).toBe(false);
    }
    expect(await actAs(office, client, () => actions.sendRecoveryCodeMailAction({ code: first }))).toEqual({
      ok: false,
      code: "recovery_actions.mail_refused",
    });
    expect(await recoveryMails(client)).toHaveLength(0);
  });

  it("refuses after switching off (no code any more) and limits repeated clicks", async () => {
    const client = await newUser("client");
    const code = await enrolClientBySms(client);
    for (let i = 0; i < 3; i++) {
      expect((await actAs(office, client, () => actions.sendRecoveryCodeMailAction({ code }))).ok).toBe(true);
    }
    expect(await actAs(office, client, () => actions.sendRecoveryCodeMailAction({ code }))).toEqual({
      ok: false,
      code: "recovery_actions.mail_limit",
    });
    expect(await recoveryMails(client)).toHaveLength(3);
    const fresh = await newUser("client");
    const freshCode = await enrolClientBySms(fresh);
    await actAs(office, fresh, () => actions.disableTwoFactorAction({ password: PASSWORD }));
    expect(await actAs(office, fresh, () => actions.sendRecoveryCodeMailAction({ code: freshCode }))).toMatchObject({ ok: false });
    expect(await recoveryMails(fresh)).toHaveLength(0);
  });
});

describe("access", () => {
  const accountActions: Array<() => Promise<ActionResult<unknown>>> = [
    () => actions.startSmsEnrolmentAction({ password: PASSWORD, phone: freshPhone() }),
    () => actions.resendSmsEnrolmentAction({ challengeId: crypto.randomUUID() }),
    () => actions.finishSmsEnrolmentAction({ challengeId: crypto.randomUUID(), code: "123456" }),
    () => actions.startTotpEnrolmentAction({ password: PASSWORD }),
    () => actions.finishTotpEnrolmentAction({ pending: "x.y.z", code: "123456" }),
    () => actions.disableTwoFactorAction({ password: PASSWORD }),
    () => actions.sendRecoveryCodeMailAction({ code: "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF" }),
  ];

  it("signed-out visitors are refused every 2-step action", async () => {
    for (const action of accountActions) expect(await actAs(office, null, action)).toEqual({ ok: false, code: "errors.signed_out" });
  });

  it("a challenge of one account is worthless to another (also of another office)", async () => {
    const client = await newUser("client");
    const phone = freshPhone();
    const started = await actAs(office, client, () => actions.startSmsEnrolmentAction({ password: PASSWORD, phone }));
    if (!started.ok) throw new Error(started.code);
    const code = await lastSmsCode(`+${phone}`);
    const outsider = await newUser("client", relaxedOffice);
    expect(
      await actAs(relaxedOffice, outsider, () => actions.finishSmsEnrolmentAction({ challengeId: started.data.challengeId, code })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { code: "two_factor.code_expired" },
    });
    expect(
      await actAs(relaxedOffice, outsider, () => actions.resendSmsEnrolmentAction({ challengeId: started.data.challengeId })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { code: "two_factor.code_expired" },
    });
    expect((await state(outsider)).method).toBe("none");
    // The rightful owner can still finish.
    expect((await actAs(office, client, () => actions.finishSmsEnrolmentAction({ challengeId: started.data.challengeId, code }))).ok).toBe(
      true,
    );
  });
});
