import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { decodeBase32IgnorePadding, encodeBase32UpperCaseNoPadding } from "@oslojs/encoding";
import { createTOTPKeyURI, generateHOTP, verifyHOTP } from "@oslojs/otp";
import { and, desc, eq, gt, like } from "drizzle-orm";
import QRCode from "qrcode";
import type { Executor } from "@/db/client";
import { otpCodes, users } from "@/db/schema";
import { countInWindow, hit, type Window } from "@/lib/auth/rate-limit";

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
// A stolen password must not become a way to guess app codes (3 valid codes out of 10^6 at any time).
export const TOTP_WRONG: Window = { limit: 5, windowMs: 15 * 60_000 };
const STEP_PREFIX = "totp:";

export type TotpResult = "ok" | "wrong" | "replayed" | "exhausted";

/** 20 random bytes (160 bits, RFC 4226's recommendation). */
export function createTotpSecret(): Uint8Array {
  return new Uint8Array(randomBytes(20));
}

/** How the secret is kept in users.totp_secret and shown as the manual key: base32, no padding. */
export function encodeTotpSecret(secret: Uint8Array): string {
  return encodeBase32UpperCaseNoPadding(secret);
}

export function decodeTotpSecret(encoded: string): Uint8Array {
  return decodeBase32IgnorePadding(encoded.toUpperCase().replace(/[\s-]/g, ""));
}

/** The otpauth:// URI the QR code carries (SHA-1, 30 s, 6 digits: what every authenticator app reads). */
export function totpKeyUri({ secret, account, issuer }: { secret: Uint8Array; account: string; issuer: string }): string {
  return createTOTPKeyURI(issuer, account, secret, TOTP_PERIOD_SECONDS, TOTP_DIGITS);
}

/** The QR code as an SVG string (rendered on the server; no script or third-party service involved). */
export function totpQrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

export function totpStepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code for a time (tests and the e2e login compute codes with it). */
export function generateTotp(secret: Uint8Array, now: Date = new Date()): string {
  return generateHOTP(secret, BigInt(totpStepAt(now)), TOTP_DIGITS);
}

/** The time step a code belongs to, allowing one step of clock drift either way; null when it matches none. */
export function matchTotpStep(secret: Uint8Array, code: string, now: Date = new Date()): number | null {
  const digits = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(digits)) return null;
  const current = totpStepAt(now);
  for (const step of [current - 1, current, current + 1]) {
    if (verifyHOTP(secret, BigInt(step), TOTP_DIGITS, digits)) return step;
  }
  return null;
}

export function verifyTotp(secret: Uint8Array, code: string, now: Date = new Date()): boolean {
  return matchTotpStep(secret, code, now) !== null;
}

/**
 * Verifies an app code for an account and uses it up (RFC 6238 §5.2): each accepted step is stored as a
 * consumed otp_codes row (purpose "login", no phone, code_hash "totp:<step>"), and a code of that step or an
 * earlier one is "replayed". Wrong codes are counted per account; from the fifth in 15 minutes: "exhausted".
 */
export async function consumeTotpCode(
  tx: Executor,
  { userId, secret, code, now = new Date() }: { userId: string; secret: Uint8Array; code: string; now?: Date },
): Promise<TotpResult> {
  const throttleKey = `totp-wrong:${userId}`;
  if ((await countInWindow(tx, throttleKey, TOTP_WRONG, now)) >= TOTP_WRONG.limit) return "exhausted";
  const step = matchTotpStep(secret, code, now);
  if (step === null) {
    await hit(tx, throttleKey, TOTP_WRONG, now);
    return "wrong";
  }
  // The row lock serialises two submissions of the same code.
  await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
  // Only recent rows matter: an older step can no longer match.
  const recent = await tx
    .select({ codeHash: otpCodes.codeHash })
    .from(otpCodes)
    .where(
      and(
        eq(otpCodes.userId, userId),
        like(otpCodes.codeHash, `${STEP_PREFIX}%`),
        gt(otpCodes.createdAt, new Date(now.getTime() - 5 * TOTP_PERIOD_SECONDS * 1000)),
      ),
    )
    .orderBy(desc(otpCodes.createdAt));
  const lastUsed = Math.max(-1, ...recent.map((row) => Number(row.codeHash.slice(STEP_PREFIX.length))));
  if (step <= lastUsed) return "replayed";
  await tx.insert(otpCodes).values({
    userId,
    purpose: "login",
    challengeId: randomUUID(),
    codeHash: `${STEP_PREFIX}${step}`,
    expiresAt: new Date((step + 2) * TOTP_PERIOD_SECONDS * 1000),
    verifiedAt: now,
    consumedAt: now,
    createdAt: now,
  });
  return "ok";
}
