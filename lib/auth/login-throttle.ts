import "server-only";
import { getDb } from "@/lib/db";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { offices } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { sendEmail } from "@/lib/notify/outbox";
import { officeBaseUrl } from "@/lib/offices/links";
import { paths } from "@/lib/paths";
import { countSince, hit, resetKey } from "./rate-limit";

/** docs/security-requirements.md 6.3.1: 10 failed logins for one address within 15 minutes lock it for 15 minutes. */
export const LOGIN_FAILURE_LIMIT = 10;
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const LOGIN_LOCK_MS = 15 * 60_000;
/** Failures from one IP before answers slow down, and the most any answer is held back. */
export const IP_FREE_FAILURES = 5;
export const IP_MAX_DELAY_MS = 5_000;

// One-minute buckets summed over the last 15 minutes: close to a sliding window, so 9 failures at the end of
// one window and 9 at the start of the next still add up. The lock is stored to the second.
const bucket = { limit: Number.MAX_SAFE_INTEGER, windowMs: 60_000 };
const lockBucket = { limit: Number.MAX_SAFE_INTEGER, windowMs: 1_000 };

/**
 * The per-address key covers every address typed at this office, whether or not an account has it, so that a
 * lock (and its message) says nothing about which addresses exist.
 */
export type LoginAttempt = { officeId: string; email: string; ip: string | null };
export type LockRecipient = { id: string; email: string; name: string; locale: "nl" | "en"; status: string };

const accountKey = (a: LoginAttempt) => `login-fail:${a.officeId}:${a.email}`;
const lockKey = (a: LoginAttempt) => `login-lock:${a.officeId}:${a.email}`;
const ipKey = (a: LoginAttempt) => `login-ip:${a.ip ?? "unknown"}`;
const since = (now: Date, ms: number) => new Date(now.getTime() - ms);

/** Progressive delay per IP: none for the first 5 failures, then 250 ms doubling per failure, at most 5 s. */
export function ipDelayMs(failures: number): number {
  if (failures < IP_FREE_FAILURES) return 0;
  return Math.min(250 * 2 ** (failures - IP_FREE_FAILURES), IP_MAX_DELAY_MS);
}

/** How long to hold back the answer to this attempt, from the failures of its IP in the last 15 minutes. */
export async function loginDelayMs(attempt: LoginAttempt, now = new Date()): Promise<number> {
  const db = await getDb();
  return ipDelayMs(await countSince(db, ipKey(attempt), since(now, LOGIN_WINDOW_MS)));
}

export async function isLoginLocked(attempt: LoginAttempt, now = new Date()): Promise<boolean> {
  const db = await getDb();
  return (await countSince(db, lockKey(attempt), since(now, LOGIN_LOCK_MS))) > 0;
}

/**
 * Counts a failed (or refused) attempt for the IP and, unless the address is already locked, for the address.
 * The failure that reaches the limit locks the address, and only that transition mails the account holder (if
 * there is one) and writes `auth.account_locked`; the failures are then forgotten, so the next lock needs 10 new.
 */
export async function recordLoginFailure(
  attempt: LoginAttempt,
  user: LockRecipient | undefined,
  { alreadyLocked = false, now = new Date() }: { alreadyLocked?: boolean; now?: Date } = {},
): Promise<void> {
  const db = await getDb();
  await hit(db, ipKey(attempt), bucket, now);
  if (alreadyLocked) return;
  await hit(db, accountKey(attempt), bucket, now);
  if ((await countSince(db, accountKey(attempt), since(now, LOGIN_WINDOW_MS))) < LOGIN_FAILURE_LIMIT) return;
  await db.transaction(async (tx) => {
    // Two requests crossing the limit together: only the first lock row of this second sends the e-mail.
    const { count } = await hit(tx, lockKey(attempt), lockBucket, now);
    await resetKey(tx, accountKey(attempt));
    if (count > 1) return;
    await recordAudit(tx, {
      officeId: attempt.officeId,
      actorId: null,
      action: "auth.account_locked",
      subjectType: user ? "user" : undefined,
      subjectId: user?.id,
      ip: attempt.ip,
      data: { minutes: LOGIN_LOCK_MS / 60_000, ...(user ? {} : { reason: "unknown_account" }) },
    });
    if (!user || user.status === "disabled") return;
    const [office] = await tx.select().from(offices).where(eq(offices.id, attempt.officeId)).limit(1);
    if (!office) return;
    await sendEmail(tx, {
      officeId: office.id,
      to: user.email,
      locale: user.locale,
      template: "account_locked",
      // The way out of a lock someone else caused is a new password: link to the set-password request page.
      data: { name: user.name, link: `${officeBaseUrl(office)}${paths.setPasswordRequest}`, minutes: LOGIN_LOCK_MS / 60_000 },
      office: { name: office.name, contactPhone: office.contactPhone, contactEmail: office.contactEmail },
    });
  });
}

/** A successful sign-in forgets the address's failures (not the IP's: one good account must not reset those). */
export async function recordLoginSuccess(attempt: LoginAttempt): Promise<void> {
  const db = await getDb();
  await resetKey(db, accountKey(attempt));
}

/** A password set through the e-mailed link proves the owner is back: failures and any lock are forgotten. */
export async function liftLoginLock(db: Executor, attempt: Omit<LoginAttempt, "ip">): Promise<void> {
  const withoutIp = { ...attempt, ip: null };
  await resetKey(db, accountKey(withoutIp));
  await resetKey(db, lockKey(withoutIp));
}
