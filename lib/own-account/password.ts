import "server-only";
import { sql } from "drizzle-orm";
import { type Executor } from "@/db/client";
import { getDb } from "@/lib/db";
import { users } from "@/db/schema";
import { queueSecurityNotice } from "@/lib/user-accounts/security-notice";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordPolicyError } from "@/lib/auth/password-policy";
import { countInWindow, hit, type Window } from "@/lib/auth/rate-limit";
import { UserError } from "@/lib/core/errors";
import { ownAccount, type AccountContext } from "./settings";
import type { PasswordChangeInput } from "./schema";

type OwnAccount = { email: string; name: string; locale: "nl" | "en" };

// A stolen session must not become a way to guess the password: as many tries as the login allows.
export const PASSWORD_CHECKS: Window = { limit: 10, windowMs: 15 * 60_000 };

/**
 * Runs `work` in a transaction on the viewer's own (locked) row once the password they typed is right
 * (ASVS 6.2.3, 7.5.1). A wrong password changes nothing, is counted and audited, and is a field error.
 */
async function withPasswordCheck<T>(
  { viewer, ip }: AccountContext,
  password: string,
  field: string,
  work: (tx: Executor, user: OwnAccount) => Promise<T>,
): Promise<T> {
  const db = await getDb();
  const key = `account-password:${viewer.userId}`;
  if ((await countInWindow(db, key, PASSWORD_CHECKS)) >= PASSWORD_CHECKS.limit) {
    throw new UserError("account.password_attempts", field);
  }
  const outcome = await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ email: users.email, name: users.name, locale: users.locale, passwordHash: users.passwordHash })
      .from(users)
      .where(ownAccount(viewer))
      .for("update")
      .limit(1);
    // verifyPassword does the same work without a hash, so a missing row answers like a wrong password.
    if (!(await verifyPassword(user?.passwordHash, password)) || !user) return null;
    return { value: await work(tx, user) };
  });
  if (outcome) return outcome.value;
  await hit(db, key, PASSWORD_CHECKS);
  await recordAudit(db, { officeId: viewer.officeId, actorId: viewer.userId, action: "account.password_check_failed", ip });
  throw new UserError("account.password_wrong", field);
}

async function auditAndNotify(
  tx: Executor,
  { viewer, ip }: AccountContext,
  user: OwnAccount,
  change: "password_changed" | "sessions_ended",
) {
  await queueSecurityNotice(tx, { officeId: viewer.officeId, user, change });
  await recordAudit(tx, {
    officeId: viewer.officeId,
    actorId: viewer.userId,
    action: `account.${change}`,
    subjectType: "user",
    subjectId: viewer.userId,
    ip,
  });
}

/**
 * Sets a new password after checking the current one. Bumping the session version ends every session of the
 * account, this one too: the caller signs in again with the new password. Returns the e-mail address for that.
 */
export async function changePassword(context: AccountContext, input: PasswordChangeInput): Promise<{ email: string }> {
  return withPasswordCheck(context, input.currentPassword, "currentPassword", async (tx, user) => {
    const weakness = passwordPolicyError(input.newPassword, user.email);
    if (weakness) throw new UserError(weakness, "newPassword");
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(input.newPassword), sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(ownAccount(context.viewer));
    await auditAndNotify(tx, context, user, "password_changed");
    return { email: user.email };
  });
}

/** Ends every session of the account after checking the password; the caller signs this browser in again. */
export async function endAllSessions(context: AccountContext, password: string): Promise<{ email: string }> {
  return withPasswordCheck(context, password, "password", async (tx, user) => {
    await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(ownAccount(context.viewer));
    await auditAndNotify(tx, context, user, "sessions_ended");
    return { email: user.email };
  });
}
