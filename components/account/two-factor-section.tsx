"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TwoFactorDisableForm } from "./two-factor-disable";
import { TwoFactorRecovery } from "./two-factor-recovery";
import { SmsCodeForm, SmsStartForm } from "./two-factor-sms";
import { TotpCodeForm, TotpStartForm, type TotpEnrolment } from "./two-factor-totp";

export type TwoFactorStatus = { method: "none" | "sms" | "totp"; phoneEnding: string | null };

type Step =
  | { name: "status"; notice?: "enabled" | "disabled" }
  | { name: "sms-start" }
  | { name: "sms-code"; challengeId: string; phoneEnding: string }
  | { name: "totp-start" }
  | { name: "totp-code"; enrolment: TotpEnrolment }
  | { name: "recovery"; code: string }
  | { name: "disable" };

/**
 * "2-staps verificatie" (docs/client-manual.md M-2FA): status, then set-up by SMS (password + number → code → herstelcode) or by
 * authenticator app (password → QR code → code → herstelcode), and switching off with the password. The
 * herstelcode lives only in this component's state: it is gone once the user clicks "Klaar" or leaves.
 */
export function TwoFactorSection({ status }: { status: TwoFactorStatus }) {
  const t = useTranslations("account_two_factor");
  const [step, setStep] = useState<Step>({ name: "status" });
  const toStatus = () => setStep({ name: "status" });
  const showRecovery = ({ recoveryCode }: { recoveryCode: string }) => setStep({ name: "recovery", code: recoveryCode });

  switch (step.name) {
    case "sms-start":
      return <SmsStartForm onStarted={(started) => setStep({ name: "sms-code", ...started })} onCancel={toStatus} />;
    case "sms-code":
      return <SmsCodeForm challengeId={step.challengeId} phoneEnding={step.phoneEnding} onFinished={showRecovery} onCancel={toStatus} />;
    case "totp-start":
      return <TotpStartForm onStarted={(enrolment) => setStep({ name: "totp-code", enrolment })} onCancel={toStatus} />;
    case "totp-code":
      return <TotpCodeForm enrolment={step.enrolment} onFinished={showRecovery} onCancel={toStatus} />;
    case "recovery":
      return <TwoFactorRecovery code={step.code} onDone={() => setStep({ name: "status", notice: "enabled" })} />;
    case "disable":
      return <TwoFactorDisableForm onDisabled={() => setStep({ name: "status", notice: "disabled" })} onCancel={toStatus} />;
  }

  const statusText =
    status.method === "sms"
      ? t("status_sms", { digits: status.phoneEnding ?? "" })
      : status.method === "totp"
        ? t("status_totp")
        : t("status_none");
  return (
    <div className="flex flex-col gap-4">
      {step.notice ? <FormAlert tone="success">{t(step.notice)}</FormAlert> : null}
      <p>
        <span className="font-medium">{t("status")}:</span> <span data-testid="two-factor-status">{statusText}</span>
      </p>
      <div className="flex flex-wrap gap-3">
        <Button type="button" onClick={() => setStep({ name: "sms-start" })}>
          {t("setup_sms")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setStep({ name: "totp-start" })}>
          {t("setup_totp")}
        </Button>
        {status.method !== "none" ? (
          <Button type="button" variant="secondary" onClick={() => setStep({ name: "disable" })}>
            {t("disable")}
          </Button>
        ) : null}
      </div>
      <p className="text-sm text-slate-700">{t("app_note")}</p>
    </div>
  );
}
