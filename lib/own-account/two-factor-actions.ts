"use server";

import { disableTwoFactor } from "@/lib/auth/two-factor/disable";
import { finishSmsEnrolment, resendSmsEnrolmentCode, startSmsEnrolment } from "@/lib/auth/two-factor/enroll-sms";
import { finishTotpEnrolment, startTotpEnrolment } from "@/lib/auth/two-factor/enroll-totp";
import { revalidate } from "@/lib/revalidate";
import { accountPagePath } from "@/lib/paths";
import { accountAction } from "@/lib/safe-action";
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
// lib/auth/two-factor does the work on the viewer's own row; the viewer always comes from the session, never
// from input. After a change of the setting the page's status line must follow.

/** Password + number → an SMS code; the UI only needs the challenge and the number's last two digits. */
export const startSmsEnrolmentAction = accountAction(smsStartSchema, async ({ password, phone }, { viewer, ip }) => {
  const started = await startSmsEnrolment({ viewer, ip, password, phoneInput: phone });
  return { challengeId: started.challengeId, phoneEnding: started.phone.slice(-2) };
});

export const resendSmsEnrolmentAction = accountAction(smsResendSchema, async ({ challengeId }, { viewer, ip }) => {
  await resendSmsEnrolmentCode({ viewer, ip, challengeId });
});

export const finishSmsEnrolmentAction = accountAction(smsFinishSchema, async (input, { viewer, ip }) => {
  const finished = await finishSmsEnrolment({ viewer, ip, ...input });
  revalidate(accountPagePath(viewer));
  return finished;
});

export const startTotpEnrolmentAction = accountAction(totpStartSchema, async ({ password }, { viewer, ip }) =>
  startTotpEnrolment({ viewer, ip, password }),
);

export const finishTotpEnrolmentAction = accountAction(totpFinishSchema, async (input, { viewer, ip }) => {
  const finished = await finishTotpEnrolment({ viewer, ip, ...input });
  revalidate(accountPagePath(viewer));
  return finished;
});

export const disableTwoFactorAction = accountAction(twoFactorDisableSchema, async ({ password }, { viewer, ip }) => {
  const disabled = await disableTwoFactor({ viewer, ip, password });
  revalidate(accountPagePath(viewer));
  return disabled;
});

export const sendRecoveryCodeMailAction = accountAction(recoveryMailSchema, async ({ code }, context) => mailRecoveryCode(context, code));
