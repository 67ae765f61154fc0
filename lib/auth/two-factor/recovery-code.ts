import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { encodeBase32UpperCaseNoPadding } from "@oslojs/encoding";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";

// 15 random bytes = 120 bits (ASVS 6.5.2 asks ≥ 112) = exactly 24 base32 characters, shown as 6 groups of 4.
const RECOVERY_BYTES = 15;

/** A new recovery code for the user to read and keep: `ABCD-EFGH-IJKL-MNOP-QRST-UVWX`. */
export function generateRecoveryCode(): string {
  const raw = encodeBase32UpperCaseNoPadding(randomBytes(RECOVERY_BYTES));
  return raw.match(/.{4}/g)!.join("-");
}

/** What people type: any case, with or without dashes and spaces. */
export function normaliseRecoveryCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}

/** SHA-256 (hex) of the normalised code: 120 random bits need no slow hash. */
export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(normaliseRecoveryCode(code)).digest("hex");
}

/** Constant-time check of a typed code against the stored hash; no stored hash never matches. */
export function verifyRecoveryCode(storedHash: string | null | undefined, input: string): boolean {
  const candidate = Buffer.from(hashRecoveryCode(input), "hex");
  const stored = Buffer.from(storedHash ?? "", "hex");
  return stored.length === candidate.length && timingSafeEqual(stored, candidate);
}

/**
 * Uses the account's recovery code once: null when it is wrong, else a NEW code (its hash replaces the old
 * one in the caller's transaction). The caller shows the new code once, audits, and sends the notice.
 */
export async function redeemRecoveryCode(tx: Executor, { userId, input }: { userId: string; input: string }): Promise<string | null> {
  const [user] = await tx.select({ hash: users.recoveryCodeHash }).from(users).where(eq(users.id, userId)).for("update").limit(1);
  if (!verifyRecoveryCode(user?.hash, input)) return null;
  const next = generateRecoveryCode();
  await tx
    .update(users)
    .set({ recoveryCodeHash: hashRecoveryCode(next) })
    .where(eq(users.id, userId));
  return next;
}
