import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { otpCodes, users } from "@/db/schema";
import { queueSecurityNotice } from "@/lib/user-accounts/security-notice";
import { recordAudit } from "@/lib/audit/record";
import { UserError } from "@/lib/core/errors";
import { withPassword, type TwoFactorContext } from "./reauth";

/**
 * Switches 2-step verification off after the password (ASVS 7.5.1): number, app secret and recovery code are
 * forgotten, open codes die, and the notice e-mail goes out (ASVS 6.3.7). Staff of an office that requires
 * 2-step verification cannot switch it off (ASVS 6.3.3).
 */
export async function disableTwoFactor({
  viewer,
  ip,
  password,
  now = new Date(),
}: TwoFactorContext & { password: string; now?: Date }): Promise<void> {
  await withPassword({ viewer, ip }, password, async (tx, account) => {
    if (account.role !== "client" && account.requireStaffTwoFactor) throw new UserError("two_factor.required_by_office");
    if (account.twoFactorMethod === "none") return;
    await tx
      .update(users)
      .set({ twoFactorMethod: "none", phone: null, phoneVerifiedAt: null, totpSecret: null, recoveryCodeHash: null })
      .where(eq(users.id, account.id));
    await tx
      .update(otpCodes)
      .set({ consumedAt: now })
      .where(and(eq(otpCodes.userId, account.id), isNull(otpCodes.consumedAt)));
    await recordAudit(tx, {
      officeId: viewer.officeId,
      actorId: viewer.userId,
      action: "two_factor.disabled",
      subjectType: "user",
      subjectId: account.id,
      ip,
      data: { previous: account.twoFactorMethod },
    });
    await queueSecurityNotice(tx, { officeId: account.officeId, user: account, change: "two_factor_reset" });
  });
}
