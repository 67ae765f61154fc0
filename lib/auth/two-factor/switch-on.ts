import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { otpCodes, users } from "@/db/schema";
import { queueSecurityNotice } from "@/lib/user-accounts/security-notice";
import { recordAudit } from "@/lib/audit/record";
import type { OwnAccount, TwoFactorContext } from "./reauth";
import { generateRecoveryCode, hashRecoveryCode } from "./recovery-code";

type Method = { method: "sms"; phone: string } | { method: "totp"; totpSecret: string };

/**
 * Switches 2-step verification on (or to another method or number) with a fresh recovery code, audited in the
 * caller's transaction. Returns the recovery code: the only time it exists in plain text.
 */
export async function switchTwoFactorOn(
  tx: Executor,
  { viewer, ip }: TwoFactorContext,
  account: OwnAccount,
  choice: Method,
  now: Date,
): Promise<string> {
  const recoveryCode = generateRecoveryCode();
  const factor =
    choice.method === "sms" ? { phone: choice.phone, phoneVerifiedAt: now, totpSecret: null } : { totpSecret: choice.totpSecret };
  await tx
    .update(users)
    .set({ ...factor, twoFactorMethod: choice.method, recoveryCodeHash: hashRecoveryCode(recoveryCode) })
    .where(eq(users.id, account.id));
  // Codes still open for this account belong to the old setting.
  await tx
    .update(otpCodes)
    .set({ consumedAt: now })
    .where(and(eq(otpCodes.userId, account.id), isNull(otpCodes.consumedAt)));
  await recordAudit(tx, {
    officeId: viewer.officeId,
    actorId: viewer.userId,
    action: "two_factor.enabled",
    subjectType: "user",
    subjectId: account.id,
    ip,
    data: { method: choice.method, previous: account.twoFactorMethod },
  });
  // docs/security-requirements.md 6.3.7: the user hears of every 2-step change (a change they did not make then shows).
  await queueSecurityNotice(tx, { officeId: account.officeId, user: account, change: "two_factor_enabled" });
  return recoveryCode;
}
