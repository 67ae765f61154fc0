import "server-only";
import { getDb } from "@/lib/db";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { isUuid } from "@/lib/core/ids";
import { deliverUrgentSms } from "@/lib/notify/deliver";
import { normaliseMobile } from "@/lib/phone";
import { UserError } from "@/lib/core/errors";
import { CODE_ERRORS } from "./errors";
import { lockOwnAccount, withPassword, type TwoFactorContext } from "./reauth";
import { challengePhoneOf, issueSmsCode, verifySmsCode, type SmsCodeResult } from "./sms-code";
import { switchTwoFactorOn } from "./switch-on";

/**
 * Step 1 of SMS set-up (also: changing the number): the password again (ASVS 7.5.1), a valid mobile number of
 * an allowed country, then an "enroll" code to that number. Returns the challenge the code is bound to.
 */
export async function startSmsEnrolment({
  viewer,
  ip,
  phoneInput,
  password,
  now = new Date(),
}: TwoFactorContext & { phoneInput: string; password: string; now?: Date }): Promise<{ challengeId: string; phone: string }> {
  const phone = normaliseMobile(phoneInput);
  if (!phone) throw new UserError("two_factor.phone_invalid", "phone");
  const started = await withPassword({ viewer, ip }, password, async (tx, account) => {
    const challengeId = randomUUID();
    await issueSmsCode(tx, {
      user: { id: account.id, officeId: account.officeId, locale: account.locale },
      officeName: account.officeName,
      phone,
      purpose: "enroll",
      challengeId,
      now,
    });
    return { challengeId, phone };
  });
  await deliverUrgentSms();
  return started;
}

/** Sends a new code for an enrolment started above (the resend limits apply; no password needed again). */
export async function resendSmsEnrolmentCode({
  viewer,
  challengeId,
  now = new Date(),
}: TwoFactorContext & { challengeId: string; now?: Date }): Promise<void> {
  const db = await getDb();
  if (!isUuid(challengeId)) throw new UserError("two_factor.code_expired", "code");
  await db.transaction(async (tx) => {
    const account = await lockOwnAccount(tx, viewer);
    const phone = account && (await challengePhoneOf(tx, { userId: viewer.userId, challengeId, purpose: "enroll" }));
    if (!account || !phone) throw new UserError("two_factor.code_expired", "code");
    await issueSmsCode(tx, {
      user: { id: account.id, officeId: account.officeId, locale: account.locale },
      officeName: account.officeName,
      phone,
      purpose: "enroll",
      challengeId,
      now,
    });
  });
  await deliverUrgentSms();
}

type Finished = { result: "ok"; recoveryCode: string } | { result: Exclude<SmsCodeResult, "ok"> };

/**
 * Step 2: the code from the SMS. Right → the number is stored as verified, 2-step is on with SMS, and a new
 * recovery code is returned (show it once). Wrong codes are counted and audited, and are a field error.
 */
export async function finishSmsEnrolment({
  viewer,
  ip,
  challengeId,
  code,
  now = new Date(),
}: TwoFactorContext & { challengeId: string; code: string; now?: Date }): Promise<{ recoveryCode: string }> {
  const db = await getDb();
  if (!isUuid(challengeId)) throw new UserError("two_factor.code_expired", "code");
  // A wrong code must be committed (its attempt counts), so the outcome leaves the transaction as a value.
  const outcome = await db.transaction(async (tx): Promise<Finished> => {
    const account = await lockOwnAccount(tx, viewer);
    if (!account) return { result: "expired" };
    const result = await verifySmsCode(tx, { userId: account.id, challengeId, purpose: "enroll", code, now });
    const phone = result === "ok" ? await challengePhoneOf(tx, { userId: account.id, challengeId, purpose: "enroll" }) : null;
    if (result !== "ok" || !phone) {
      await recordAudit(tx, {
        officeId: viewer.officeId,
        actorId: viewer.userId,
        action: "two_factor.code_failed",
        ip,
        data: { method: "sms", result },
      });
      return { result: result === "ok" ? "expired" : result };
    }
    return { result, recoveryCode: await switchTwoFactorOn(tx, { viewer, ip }, account, { method: "sms", phone }, now) };
  });
  if (outcome.result !== "ok") throw new UserError(CODE_ERRORS[outcome.result], "code");
  return { recoveryCode: outcome.recoveryCode };
}
