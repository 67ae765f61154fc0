import "server-only";
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { and, desc, eq, gt, isNotNull, isNull, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { otpCodes, users } from "@/db/schema";
import { getConfig } from "@/lib/config";
import { sendSms } from "@/lib/notify/outbox";
import { UserError } from "@/lib/core/errors";

export const SMS_CODE_TTL_MS = 5 * 60_000;
export const SMS_RESEND_AFTER_MS = 60_000;
export const SMS_MAX_WRONG = 5;
// Against SMS pumping and code guessing (docs/security-requirements.md, ASVS 6.6.3): per account AND per number.
// Five in 15 minutes: setting up SMS with a typo (two codes) and the first sign-in with one resend stay well within.
export const SMS_LIMITS = [
  { limit: 5, windowMs: 15 * 60_000 },
  { limit: 10, windowMs: 24 * 60 * 60_000 },
] as const;

export type SmsPurpose = "login" | "enroll";
export type SmsCodeResult = "ok" | "wrong" | "exhausted" | "expired";

/** Six digits from the CSPRNG, leading zeros kept. */
export function generateSmsCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, "0");
}

/** HMAC-SHA256 keyed with the server secret and bound to the challenge, so a code is worthless elsewhere. */
export function hashSmsCode(secret: string, challengeId: string, code: string): string {
  return createHmac("sha256", secret).update(`${challengeId}:${code}`).digest("hex");
}

/** Constant-time comparison of two hex HMACs (ASVS 6.5.x). */
export function sameHash(storedHex: string, candidateHex: string): boolean {
  const stored = Buffer.from(storedHex, "hex");
  const candidate = Buffer.from(candidateHex, "hex");
  return stored.length === candidate.length && stored.length > 0 && timingSafeEqual(stored, candidate);
}

// Every SMS code is an otp_codes row with a phone (TOTP replay rows have none), so the limits are counted from
// those rows: a sliding window, exact, and without a second counter to keep in step.
async function nthLatestSms(tx: Executor, where: SQL, since: Date, n: number): Promise<Date | null> {
  const [row] = await tx
    .select({ createdAt: otpCodes.createdAt })
    .from(otpCodes)
    .where(and(where, isNotNull(otpCodes.phone), gt(otpCodes.createdAt, since)))
    .orderBy(desc(otpCodes.createdAt))
    .offset(n - 1)
    .limit(1);
  return row?.createdAt ?? null;
}

/**
 * When the volume limits let the next SMS code go to this account and number: null when one may go now, else
 * the moment the oldest code that fills a window leaves it. (The 60-second wait between two codes of one
 * sign-in is apart from this.)
 */
export async function smsBlockedUntil(tx: Executor, input: { userId: string; phone: string; now: Date }): Promise<Date | null> {
  let until: number | null = null;
  for (const window of SMS_LIMITS) {
    const since = new Date(input.now.getTime() - window.windowMs);
    for (const where of [eq(otpCodes.userId, input.userId), eq(otpCodes.phone, input.phone)]) {
      const filling = await nthLatestSms(tx, where, since, window.limit);
      if (filling) until = Math.max(until ?? 0, filling.getTime() + window.windowMs);
    }
  }
  return until === null ? null : new Date(until);
}

type IssueInput = {
  user: { id: string; officeId: string; locale: "nl" | "en" };
  officeName: string;
  /** E.164, already normalised (normaliseMobile) or read from the verified account. */
  phone: string;
  purpose: SmsPurpose;
  challengeId: string;
  now?: Date;
};

/**
 * Issues a code for a challenge and queues the SMS, in the caller's transaction. The limits are checked before
 * anything is written; a refused request throws a UserError (`two_factor.resend_wait`, `two_factor.sms_limit`).
 */
export async function issueSmsCode(tx: Executor, input: IssueInput): Promise<{ expiresAt: Date; resendAt: Date }> {
  const now = input.now ?? new Date();
  // Serialises concurrent requests of one account, so two clicks cannot both pass the limits.
  await tx.select({ id: users.id }).from(users).where(eq(users.id, input.user.id)).for("update");

  const [previous] = await tx
    .select({ createdAt: otpCodes.createdAt })
    .from(otpCodes)
    .where(and(eq(otpCodes.userId, input.user.id), eq(otpCodes.challengeId, input.challengeId), isNotNull(otpCodes.phone)))
    .orderBy(desc(otpCodes.createdAt))
    .limit(1);
  if (previous && now.getTime() - previous.createdAt.getTime() < SMS_RESEND_AFTER_MS) {
    throw new UserError("two_factor.resend_wait", "code");
  }
  if (await smsBlockedUntil(tx, { userId: input.user.id, phone: input.phone, now })) {
    throw new UserError("two_factor.sms_limit", "code");
  }

  // A new code kills the old one of the same challenge.
  await tx
    .update(otpCodes)
    .set({ consumedAt: now })
    .where(and(eq(otpCodes.userId, input.user.id), eq(otpCodes.challengeId, input.challengeId), isNull(otpCodes.consumedAt)));
  const code = generateSmsCode();
  const expiresAt = new Date(now.getTime() + SMS_CODE_TTL_MS);
  await tx.insert(otpCodes).values({
    userId: input.user.id,
    purpose: input.purpose,
    challengeId: input.challengeId,
    phone: input.phone,
    codeHash: hashSmsCode(getConfig().authSecret, input.challengeId, code),
    expiresAt,
    createdAt: now,
  });
  await sendSms(tx, {
    officeId: input.user.officeId,
    to: input.phone,
    locale: input.user.locale,
    template: "login_code",
    data: { code, office: input.officeName },
  });
  return { expiresAt, resendAt: new Date(now.getTime() + SMS_RESEND_AFTER_MS) };
}

type VerifyInput = { userId: string; challengeId: string; purpose: SmsPurpose; code: string; now?: Date };

/**
 * Checks a code against the newest code of the challenge. "ok" uses it up (single use); a wrong one counts an
 * attempt and the fifth wrong one uses the code up ("exhausted": the caller starts over, e.g. at the password
 * step); a used, replaced, missing or late code is "expired".
 */
export async function verifySmsCode(tx: Executor, input: VerifyInput): Promise<SmsCodeResult> {
  const now = input.now ?? new Date();
  const [row] = await tx
    .select()
    .from(otpCodes)
    .where(
      and(
        eq(otpCodes.userId, input.userId),
        eq(otpCodes.challengeId, input.challengeId),
        eq(otpCodes.purpose, input.purpose),
        isNotNull(otpCodes.phone),
      ),
    )
    .orderBy(desc(otpCodes.createdAt))
    .limit(1)
    .for("update");
  if (!row) return "expired";
  if (row.attempts >= SMS_MAX_WRONG) return "exhausted";
  if (row.consumedAt || row.expiresAt.getTime() <= now.getTime()) return "expired";

  const code = input.code.replace(/\s/g, "");
  const candidate = hashSmsCode(getConfig().authSecret, input.challengeId, code);
  if (/^\d{6}$/.test(code) && sameHash(row.codeHash, candidate)) {
    await tx.update(otpCodes).set({ verifiedAt: now, consumedAt: now }).where(eq(otpCodes.id, row.id));
    return "ok";
  }
  const attempts = row.attempts + 1;
  const exhausted = attempts >= SMS_MAX_WRONG;
  await tx
    .update(otpCodes)
    .set({ attempts, ...(exhausted ? { consumedAt: now } : {}) })
    .where(eq(otpCodes.id, row.id));
  return exhausted ? "exhausted" : "wrong";
}

/** The number the codes of a challenge go to (one challenge, one number); null for an unknown challenge. */
export async function challengePhoneOf(
  tx: Executor,
  { userId, challengeId, purpose }: { userId: string; challengeId: string; purpose: SmsPurpose },
): Promise<string | null> {
  const [row] = await tx
    .select({ phone: otpCodes.phone })
    .from(otpCodes)
    .where(
      and(eq(otpCodes.userId, userId), eq(otpCodes.challengeId, challengeId), eq(otpCodes.purpose, purpose), isNotNull(otpCodes.phone)),
    )
    .limit(1);
  return row?.phone ?? null;
}
