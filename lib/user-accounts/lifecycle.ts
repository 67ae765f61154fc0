import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { offices, users } from "@/db/schema";
import type { Role } from "@/lib/core/viewer";
import { isUuid } from "@/lib/core/ids";
import { UserError } from "@/lib/core/errors";
import { queueInvitation } from "./invitation";

/** What account management needs to know about a user; never the hashes or secrets themselves. */
export type ManagedAccount = {
  id: string;
  role: Role;
  name: string;
  email: string;
  phone: string | null;
  locale: "nl" | "en";
  status: "invited" | "active" | "disabled";
  twoFactorMethod: "none" | "sms" | "totp";
  hasPassword: boolean;
};

/**
 * Reads and locks (FOR UPDATE) one account of the office with one of the given roles, so concurrent changes to
 * it are serialised. Another office's id, a client id on a staff screen, or a malformed id: "not found".
 */
export async function lockAccount(
  tx: Executor,
  { officeId, userId, roles }: { officeId: string; userId: string; roles: Role[] },
): Promise<ManagedAccount> {
  if (!isUuid(userId)) throw new UserError("errors.not_found");
  const [account] = await tx
    .select({
      id: users.id,
      role: users.role,
      name: users.name,
      email: users.email,
      phone: users.phone,
      locale: users.locale,
      status: users.status,
      twoFactorMethod: users.twoFactorMethod,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`.mapWith(Boolean),
    })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.officeId, officeId), inArray(users.role, roles)))
    .limit(1)
    .for("update");
  if (!account) throw new UserError("errors.not_found");
  return account;
}

/** True when another account of this office already uses the (lower-cased) address. */
export async function isEmailTaken(tx: Executor, { officeId, email }: { officeId: string; email: string }) {
  const [taken] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.officeId, officeId), eq(users.email, email)))
    .limit(1);
  return Boolean(taken);
}

/**
 * Disables or re-enables an account; returns false when it already was in that state. Disabling also bumps the
 * session version, so every open session of the user ends on its next request. Re-enabling returns to "active"
 * only for someone who has set a password; the others are still "invited".
 */
export async function setAccountDisabled(tx: Executor, account: ManagedAccount, disabled: boolean): Promise<boolean> {
  if (disabled === (account.status === "disabled")) return false;
  await tx
    .update(users)
    .set(
      disabled
        ? { status: "disabled", sessionVersion: sql`${users.sessionVersion} + 1` }
        : { status: account.hasPassword ? "active" : "invited" },
    )
    .where(eq(users.id, account.id));
  return true;
}

/** Queues the invitation (e-mail 1) again; not for a disabled account, whose invitation would lead nowhere. */
export async function resendInvitation(tx: Executor, { officeId, account }: { officeId: string; account: ManagedAccount }) {
  if (account.status === "disabled") throw new UserError("accounts.invite_disabled");
  const [office] = await tx.select().from(offices).where(eq(offices.id, officeId)).limit(1);
  if (!office) throw new UserError("errors.not_found");
  await queueInvitation(tx, { office, user: account });
}
