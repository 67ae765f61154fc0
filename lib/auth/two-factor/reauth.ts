import "server-only";
import { getDb } from "@/lib/db";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { offices, users } from "@/db/schema";
import { PASSWORD_CHECKS } from "@/lib/own-account/password";
import { recordAudit } from "@/lib/audit/record";
import { verifyPassword } from "@/lib/auth/password";
import { countInWindow, hit } from "@/lib/auth/rate-limit";
import type { AccountViewer } from "@/lib/core/viewer";
import { UserError } from "@/lib/core/errors";

export type TwoFactorContext = { viewer: AccountViewer; ip?: string | null };

export type OwnAccount = {
  id: string;
  officeId: string;
  email: string;
  name: string;
  locale: "nl" | "en";
  role: "client" | "staff" | "admin";
  twoFactorMethod: "none" | "sms" | "totp";
  officeName: string;
  requireStaffTwoFactor: boolean;
};

/** The viewer's own row (office in the WHERE clause), locked for the change, with what the notices need. */
export async function lockOwnAccount(tx: Executor, viewer: AccountViewer): Promise<(OwnAccount & { passwordHash: string | null }) | null> {
  const [row] = await tx
    .select({
      id: users.id,
      officeId: users.officeId,
      email: users.email,
      name: users.name,
      locale: users.locale,
      role: users.role,
      twoFactorMethod: users.twoFactorMethod,
      passwordHash: users.passwordHash,
      officeName: offices.name,
      requireStaffTwoFactor: offices.requireStaffTwoFactor,
    })
    .from(users)
    .innerJoin(offices, eq(offices.id, users.officeId))
    .where(and(eq(users.id, viewer.userId), eq(users.officeId, viewer.officeId), eq(users.status, "active")))
    .for("update", { of: users })
    .limit(1);
  return row ?? null;
}

/**
 * Runs `work` in one transaction once the password typed again is right (ASVS 7.5.1). Wrong passwords share
 * the Account password-check budget (`account-password:<user>`, PASSWORD_CHECKS), are audited, and are a
 * field error on `password`; a wrong one changes nothing else.
 */
export async function withPassword<T>(
  { viewer, ip }: TwoFactorContext,
  password: string,
  work: (tx: Executor, account: OwnAccount) => Promise<T>,
): Promise<T> {
  const db = await getDb();
  const key = `account-password:${viewer.userId}`;
  if ((await countInWindow(db, key, PASSWORD_CHECKS)) >= PASSWORD_CHECKS.limit) {
    throw new UserError("account.password_attempts", "password");
  }
  const outcome = await db.transaction(async (tx) => {
    const row = await lockOwnAccount(tx, viewer);
    // verifyPassword does the same work without a hash, so a missing row answers like a wrong password.
    if (!(await verifyPassword(row?.passwordHash, password)) || !row) return null;
    return { value: await work(tx, row) };
  });
  if (outcome) return outcome.value;
  await hit(db, key, PASSWORD_CHECKS);
  await recordAudit(db, { officeId: viewer.officeId, actorId: viewer.userId, action: "account.password_check_failed", ip });
  throw new UserError("account.password_wrong", "password");
}
