"use server";

import { getDb } from "@/db/client";
import { disableTwoFactor } from "@/lib/auth/two-factor/disable";
import { finishSmsEnrolment, resendSmsEnrolmentCode, startSmsEnrolment } from "@/lib/auth/two-factor/enroll-sms";
import { finishTotpEnrolment, startTotpEnrolment } from "@/lib/auth/two-factor/enroll-totp";
import { revalidate } from "@/lib/revalidate";
import { clientAction, staffAccountAction, type SignedInContext } from "@/lib/safe-action";
import { mailRecoveryCode } from "./recovery-mail";
import {
  recoveryMailSchema,
  smsFinishSchema,
  smsResendSchema,
  smsStartSchema,
  totpFinishSchema,
  totpStartSchema,
  twoFactorDisableSchema,
} from "./two-factor-schema";

// 2-step verification on the Account page of clients (/account) and staff (/admin/account). The library in
// lib/auth/two-factor does the work on the viewer's own row; these are thin wrappers, twice, because a guard
// admits one kind of viewer. The viewer always comes from the session, never from input.

const handlers = {
  /** Password + number → an SMS code; the UI only needs the challenge and the number's last two digits. */
  startSms: async ({ password, phone }: { password: string; phone: string }, { viewer, ip }: SignedInContext) => {
    const started = await startSmsEnrolment(await getDb(), { viewer, ip, password, phoneInput: phone });
    return { challengeId: started.challengeId, phoneEnding: started.phone.slice(-2) };
  },
  resendSms: async ({ challengeId }: { challengeId: string }, { viewer, ip }: SignedInContext) => {
    await resendSmsEnrolmentCode(await getDb(), { viewer, ip, challengeId });
  },
  finishSms: async (input: { challengeId: string; code: string }, { viewer, ip }: SignedInContext) =>
    finishSmsEnrolment(await getDb(), { viewer, ip, ...input }),
  startTotp: async ({ password }: { password: string }, { viewer, ip }: SignedInContext) =>
    startTotpEnrolment(await getDb(), { viewer, ip, password }),
  finishTotp: async (input: { pending: string; code: string }, { viewer, ip }: SignedInContext) =>
    finishTotpEnrolment(await getDb(), { viewer, ip, ...input }),
  disable: async ({ password }: { password: string }, { viewer, ip }: SignedInContext) =>
    disableTwoFactor(await getDb(), { viewer, ip, password }),
  mailRecovery: async ({ code }: { code: string }, context: SignedInContext) => mailRecoveryCode(await getDb(), context, code),
};

/** After a change of the setting the page's status line must follow. */
function andRevalidate<T, R>(handler: (input: T, context: SignedInContext) => Promise<R>, path: string) {
  return async (input: T, context: SignedInContext): Promise<R> => {
    const result = await handler(input, context);
    revalidate(path);
    return result;
  };
}

export const startClientSmsAction = clientAction(smsStartSchema, handlers.startSms);
export const resendClientSmsAction = clientAction(smsResendSchema, handlers.resendSms);
export const finishClientSmsAction = clientAction(smsFinishSchema, andRevalidate(handlers.finishSms, "/account"));
export const startClientTotpAction = clientAction(totpStartSchema, handlers.startTotp);
export const finishClientTotpAction = clientAction(totpFinishSchema, andRevalidate(handlers.finishTotp, "/account"));
export const disableClientTwoFactorAction = clientAction(twoFactorDisableSchema, andRevalidate(handlers.disable, "/account"));
export const sendClientRecoveryCodeMailAction = clientAction(recoveryMailSchema, handlers.mailRecovery);

export const startStaffSmsAction = staffAccountAction(smsStartSchema, handlers.startSms);
export const resendStaffSmsAction = staffAccountAction(smsResendSchema, handlers.resendSms);
export const finishStaffSmsAction = staffAccountAction(smsFinishSchema, andRevalidate(handlers.finishSms, "/admin/account"));
export const startStaffTotpAction = staffAccountAction(totpStartSchema, handlers.startTotp);
export const finishStaffTotpAction = staffAccountAction(totpFinishSchema, andRevalidate(handlers.finishTotp, "/admin/account"));
export const disableStaffTwoFactorAction = staffAccountAction(twoFactorDisableSchema, andRevalidate(handlers.disable, "/admin/account"));
export const sendStaffRecoveryCodeMailAction = staffAccountAction(recoveryMailSchema, handlers.mailRecovery);
