import "server-only";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { UserError } from "@/lib/core/errors";
import { CODE_ERRORS } from "./errors";
import { openPendingTotp, signPendingTotp } from "./pending-totp";
import { lockOwnAccount, withPassword, type TwoFactorContext } from "./reauth";
import { switchTwoFactorOn } from "./switch-on";
import { createTotpSecret, encodeTotpSecret, totpKeyUri, totpQrSvg, consumeTotpCode, type TotpResult } from "./totp";

export type TotpEnrolment = {
  /** Signed pending secret: the form sends it back with the first code (see pending-totp.ts). */
  pending: string;
  qrSvg: string;
  /** For typing into the app by hand: base32 in groups of 4. */
  manualKey: string;
};

/** Step 1 of app set-up: the password again (ASVS 7.5.1), then a new secret as QR code and manual key. */
export async function startTotpEnrolment({
  viewer,
  ip,
  password,
  now = new Date(),
}: TwoFactorContext & { password: string; now?: Date }): Promise<TotpEnrolment> {
  const { account, secret } = await withPassword({ viewer, ip }, password, async (_tx, account) => ({
    account,
    secret: createTotpSecret(),
  }));
  const uri = totpKeyUri({ secret, account: account.email, issuer: account.officeName });
  return {
    pending: signPendingTotp(account.id, secret, now),
    qrSvg: await totpQrSvg(uri),
    manualKey: encodeTotpSecret(secret)
      .match(/.{1,4}/g)!
      .join(" "),
  };
}

type Finished = { result: "ok"; recoveryCode: string } | { result: Exclude<TotpResult, "ok"> };

/**
 * Step 2: the first code from the app proves it holds the secret; only then is the secret stored and 2-step
 * switched to the app, with a new recovery code (returned once). The code's time step counts as used.
 */
export async function finishTotpEnrolment({
  viewer,
  ip,
  pending,
  code,
  now = new Date(),
}: TwoFactorContext & { pending: string; code: string; now?: Date }): Promise<{ recoveryCode: string }> {
  const db = await getDb();
  const secret = openPendingTotp(viewer.userId, pending, now);
  if (!secret) throw new UserError("two_factor.enrolment_expired", "code");
  // A wrong code must be committed (it is counted), so the outcome leaves the transaction as a value.
  const outcome = await db.transaction(async (tx): Promise<Finished> => {
    const account = await lockOwnAccount(tx, viewer);
    if (!account) return { result: "wrong" };
    const result = await consumeTotpCode(tx, { userId: account.id, secret, code, now });
    if (result !== "ok") {
      await recordAudit(tx, {
        officeId: viewer.officeId,
        actorId: viewer.userId,
        action: "two_factor.code_failed",
        ip,
        data: { method: "totp", result },
      });
      return { result };
    }
    const totpSecret = encodeTotpSecret(secret);
    return { result, recoveryCode: await switchTwoFactorOn(tx, { viewer, ip }, account, { method: "totp", totpSecret }, now) };
  });
  if (outcome.result !== "ok") throw new UserError(CODE_ERRORS[outcome.result], "code");
  return { recoveryCode: outcome.recoveryCode };
}
