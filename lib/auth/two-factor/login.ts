import "server-only";
import { getDb } from "@/lib/db";
import { randomUUID } from "node:crypto";
import { and, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { offices, otpCodes, users } from "@/db/schema";
import { queueSecurityNotice } from "@/lib/user-accounts/security-notice";
import { deliverUrgentSms } from "@/lib/notify/deliver";
import { recordAudit } from "@/lib/audit/record";
import { countInWindow, hit, type Window } from "@/lib/auth/rate-limit";
import { UserError } from "@/lib/core/errors";
import { redeemRecoveryCode } from "./recovery-code";
import { challengePhoneOf, issueSmsCode, smsBlockedUntil, verifySmsCode } from "./sms-code";
import { consumeTotpCode, decodeTotpSecret, TOTP_WRONG } from "./totp";

// The server-side state of a pending sign-in is one otp_codes row (no phone, this marker as code_hash) bound to
// the challenge id in the pending session: verified_at = second step done; promoting or ending it sets
// expires_at to now (not consumed_at: issueSmsCode sets that on every row of the challenge when it replaces a
// code). Its `attempts` counts wrong codes over the whole sign-in, so a resent SMS does not buy five new tries.
const CHALLENGE_MARKER = "login-challenge";
export const LOGIN_CHALLENGE_TTL_MS = 15 * 60_000;
export const LOGIN_MAX_WRONG = 5;
export const RECOVERY_TRIES: Window = { limit: 5, windowMs: 15 * 60_000 };

/** "ended": the sign-in itself can no longer be finished (ended, expired, account changed): start over. */
export type LoginCodeResult = "ok" | "wrong" | "exhausted" | "expired" | "replayed" | "ended";
export type RecoveryResult = { result: "ok"; recoveryCode: string } | { result: "wrong" | "throttled" | "ended" };
export type PendingLogin = { userId: string; challengeId: string };

type Account = {
  id: string;
  officeId: string;
  email: string;
  name: string;
  locale: "nl" | "en";
  role: "client" | "staff" | "admin";
  twoFactorMethod: "none" | "sms" | "totp";
  phone: string | null;
  totpSecret: string | null;
};

async function accountOf(tx: Executor, userId: string): Promise<Account | null> {
  const [row] = await tx
    .select({
      id: users.id,
      officeId: users.officeId,
      email: users.email,
      name: users.name,
      locale: users.locale,
      role: users.role,
      twoFactorMethod: users.twoFactorMethod,
      phone: users.phone,
      totpSecret: users.totpSecret,
    })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.status, "active")))
    .limit(1);
  return row ?? null;
}

/** The challenge row while it can still be answered: not verified, not ended, not expired. */
function answerable({ userId, challengeId }: PendingLogin, now: Date) {
  return and(
    eq(otpCodes.userId, userId),
    eq(otpCodes.challengeId, challengeId),
    eq(otpCodes.codeHash, CHALLENGE_MARKER),
    isNull(otpCodes.verifiedAt),
    gt(otpCodes.expiresAt, now),
  );
}

async function openChallenge(tx: Executor, pending: PendingLogin, now: Date) {
  const [row] = await tx
    .select({ id: otpCodes.id, attempts: otpCodes.attempts })
    .from(otpCodes)
    .where(answerable(pending, now))
    .limit(1)
    .for("update");
  return row ?? null;
}

async function officeName(tx: Executor, officeId: string): Promise<string> {
  const [office] = await tx.select({ name: offices.name }).from(offices).where(eq(offices.id, officeId)).limit(1);
  return office?.name ?? "";
}

async function sendLoginSms(tx: Executor, account: Account, challengeId: string, now: Date): Promise<void> {
  if (!account.phone) throw new UserError("two_factor_login.no_phone", "code");
  const phone = (await challengePhoneOf(tx, { userId: account.id, challengeId, purpose: "login" })) ?? account.phone;
  const user = { id: account.id, officeId: account.officeId, locale: account.locale };
  await issueSmsCode(tx, { user, officeName: await officeName(tx, account.officeId), phone, purpose: "login", challengeId, now });
}

/**
 * After a correct password of an account with 2-step on: a new server-made challenge (the pending session
 * carries its id) and, for SMS, the first code. A refused SMS (sending limits) still starts the challenge: the
 * code page then says that no SMS went out, from when a new one can be requested, and offers the recovery code.
 */
export async function startLoginChallenge({
  userId,
  ip,
  now = new Date(),
}: {
  userId: string;
  ip: string | null;
  now?: Date;
}): Promise<string> {
  const db = await getDb();
  const challengeId = randomUUID();
  await db.transaction(async (tx) => {
    const account = await accountOf(tx, userId);
    if (!account) throw new Error("startLoginChallenge: no active account");
    const expiresAt = new Date(now.getTime() + LOGIN_CHALLENGE_TTL_MS);
    await tx.insert(otpCodes).values({ userId, purpose: "login", challengeId, codeHash: CHALLENGE_MARKER, expiresAt, createdAt: now });
    await recordAudit(tx, {
      officeId: account.officeId,
      actorId: userId,
      action: "auth.second_step_started",
      ip,
      data: { method: account.twoFactorMethod },
    });
    if (account.twoFactorMethod !== "sms") return;
    try {
      await sendLoginSms(tx, account, challengeId, now);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
    }
  });
  await deliverUrgentSms();
  return challengeId;
}

export type LoginChallengeView = {
  method: "sms" | "totp";
  phoneEnding: string | null;
  role: Account["role"];
  /** SMS only: whether a code of this sign-in went out, and until when the limits stop a new one (null: not now). */
  smsSent: boolean;
  smsBlockedUntil: Date | null;
};

/** What the code page shows; null when the challenge can no longer be answered (→ back to the password step). */
export async function describeLoginChallenge(pending: PendingLogin, now = new Date()): Promise<LoginChallengeView | null> {
  const db = await getDb();
  const [row] = await db.select({ id: otpCodes.id }).from(otpCodes).where(answerable(pending, now)).limit(1);
  const account = row ? await accountOf(db, pending.userId) : null;
  if (!account || account.twoFactorMethod === "none") return null;
  const view = { method: account.twoFactorMethod, phoneEnding: account.phone?.slice(-2) ?? null, role: account.role };
  if (account.twoFactorMethod !== "sms" || !account.phone) return { ...view, smsSent: false, smsBlockedUntil: null };
  // A code of this sign-in went out to this number (the account's number may have changed since).
  const sentTo = await challengePhoneOf(db, { userId: account.id, challengeId: pending.challengeId, purpose: "login" });
  const blockedUntil = await smsBlockedUntil(db, { userId: account.id, phone: sentTo ?? account.phone, now });
  return { ...view, smsSent: sentTo !== null, smsBlockedUntil: blockedUntil };
}

/** "Stuur een nieuwe code": the SMS module's 60-second and volume limits apply (UserError with their message). */
export async function resendLoginCode(pending: PendingLogin, now = new Date()): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const account = await accountOf(tx, pending.userId);
    if (!account || account.twoFactorMethod !== "sms" || !(await openChallenge(tx, pending, now))) {
      throw new UserError("two_factor_login.ended");
    }
    await sendLoginSms(tx, account, pending.challengeId, now);
  });
  await deliverUrgentSms();
}

/**
 * Checks the SMS or app code of a pending sign-in. The outcome is returned, never thrown, so a wrong code is
 * committed (counted); the fifth wrong code of the sign-in ends the challenge ("exhausted").
 */
export async function verifyLoginCode({
  pending,
  code,
  ip,
  now = new Date(),
}: {
  pending: PendingLogin;
  code: string;
  ip: string | null;
  now?: Date;
}): Promise<LoginCodeResult> {
  const db = await getDb();
  return db.transaction(async (tx): Promise<LoginCodeResult> => {
    const challenge = await openChallenge(tx, pending, now);
    const account = await accountOf(tx, pending.userId);
    if (!challenge || !account || account.twoFactorMethod === "none") return "ended";
    let result: LoginCodeResult;
    if (account.twoFactorMethod === "sms") {
      result = await verifySmsCode(tx, { userId: account.id, challengeId: pending.challengeId, purpose: "login", code, now });
    } else {
      result = account.totpSecret
        ? await consumeTotpCode(tx, { userId: account.id, secret: decodeTotpSecret(account.totpSecret), code, now })
        : "expired";
      // consumeTotpCode only says "exhausted" on the try after the fifth wrong code; here the fifth one ends it.
      if (result === "wrong" && (await countInWindow(tx, `totp-wrong:${account.id}`, TOTP_WRONG, now)) >= TOTP_WRONG.limit)
        result = "exhausted";
    }
    if (result === "ok") {
      await tx.update(otpCodes).set({ verifiedAt: now }).where(eq(otpCodes.id, challenge.id));
      return "ok";
    }
    const attempts = challenge.attempts + (result === "wrong" || result === "exhausted" ? 1 : 0);
    if (attempts >= LOGIN_MAX_WRONG) result = "exhausted";
    await tx
      .update(otpCodes)
      .set({ attempts, ...(result === "exhausted" ? { expiresAt: now } : {}) })
      .where(eq(otpCodes.id, challenge.id));
    await recordAudit(tx, {
      officeId: account.officeId,
      actorId: account.id,
      action: "two_factor.code_failed",
      ip,
      data: { method: account.twoFactorMethod, result },
    });
    return result;
  });
}

/**
 * "Ik heb geen toegang meer tot mijn telefoon": the recovery code verifies the challenge once and is replaced by
 * a new one (returned to be shown once), with a notice e-mail. Tries are throttled per account (5 per 15 min).
 */
export async function redeemLoginRecoveryCode({
  pending,
  input,
  ip,
  now = new Date(),
}: {
  pending: PendingLogin;
  input: string;
  ip: string | null;
  now?: Date;
}): Promise<RecoveryResult> {
  const db = await getDb();
  return db.transaction(async (tx): Promise<RecoveryResult> => {
    const challenge = await openChallenge(tx, pending, now);
    const account = await accountOf(tx, pending.userId);
    if (!challenge || !account) return { result: "ended" };
    if (!(await hit(tx, `recovery-login:${account.id}`, RECOVERY_TRIES, now)).allowed) return { result: "throttled" };
    const recoveryCode = await redeemRecoveryCode(tx, { userId: account.id, input });
    if (!recoveryCode) {
      await recordAudit(tx, { officeId: account.officeId, actorId: account.id, action: "two_factor.recovery_failed", ip });
      return { result: "wrong" };
    }
    await tx.update(otpCodes).set({ verifiedAt: now }).where(eq(otpCodes.id, challenge.id));
    await recordAudit(tx, {
      officeId: account.officeId,
      actorId: account.id,
      action: "two_factor.recovery_code_used",
      subjectType: "user",
      subjectId: account.id,
      ip,
    });
    await queueSecurityNotice(tx, { officeId: account.officeId, user: account, change: "recovery_code_used" });
    return { result: "ok", recoveryCode };
  });
}

/**
 * The only way a pending session becomes full (called from the jwt callback): the challenge must be verified
 * in the database and not yet promoted; promoting uses it up, so it works once. This is the sign-in's audit event.
 */
export async function promoteLoginChallenge({ pending, now = new Date() }: { pending: PendingLogin; now?: Date }): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(otpCodes)
      .set({ expiresAt: now, consumedAt: now })
      .where(
        and(
          eq(otpCodes.userId, pending.userId),
          eq(otpCodes.challengeId, pending.challengeId),
          eq(otpCodes.codeHash, CHALLENGE_MARKER),
          isNotNull(otpCodes.verifiedAt),
          gt(otpCodes.expiresAt, now),
        ),
      )
      .returning({ id: otpCodes.id });
    if (!row) return false;
    const [user] = await tx
      .update(users)
      .set({ lastSignInAt: sql`now()` })
      .where(and(eq(users.id, pending.userId), eq(users.status, "active")))
      .returning({ officeId: users.officeId });
    if (!user) return false;
    await recordAudit(tx, { officeId: user.officeId, actorId: pending.userId, action: "auth.sign_in", data: { second_step: true } });
    return true;
  });
}
