import {
  disableClientTwoFactorAction,
  disableStaffTwoFactorAction,
  finishClientSmsAction,
  finishClientTotpAction,
  finishStaffSmsAction,
  finishStaffTotpAction,
  resendClientSmsAction,
  resendStaffSmsAction,
  sendClientRecoveryCodeMailAction,
  sendStaffRecoveryCodeMailAction,
  startClientSmsAction,
  startClientTotpAction,
  startStaffSmsAction,
  startStaffTotpAction,
} from "@/lib/account/two-factor-actions";
import { TwoFactorSection, type TwoFactorActions, type TwoFactorStatus } from "./two-factor-section";

// One set of actions per kind of viewer: each action's guard admits only that kind (lib/account/two-factor-actions.ts).
const actionsFor: Record<"client" | "staff", TwoFactorActions> = {
  client: {
    startSms: startClientSmsAction,
    resendSms: resendClientSmsAction,
    finishSms: finishClientSmsAction,
    startTotp: startClientTotpAction,
    finishTotp: finishClientTotpAction,
    disable: disableClientTwoFactorAction,
    sendRecoveryMail: sendClientRecoveryCodeMailAction,
  },
  staff: {
    startSms: startStaffSmsAction,
    resendSms: resendStaffSmsAction,
    finishSms: finishStaffSmsAction,
    startTotp: startStaffTotpAction,
    finishTotp: finishStaffTotpAction,
    disable: disableStaffTwoFactorAction,
    sendRecoveryMail: sendStaffRecoveryCodeMailAction,
  },
};

/** The "2-staps verificatie" block of /account (client) or /admin/account (staff). */
export function TwoFactorPanel({ kind, status }: { kind: "client" | "staff"; status: TwoFactorStatus }) {
  return <TwoFactorSection actions={actionsFor[kind]} status={status} />;
}
