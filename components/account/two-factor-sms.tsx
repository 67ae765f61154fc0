"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { TwoFactorFormButtons, TwoFactorPasswordField } from "./two-factor-form-parts";
import { finishSmsEnrolmentAction, resendSmsEnrolmentAction, startSmsEnrolmentAction } from "@/lib/own-account/two-factor-actions";

/** Step 1 (manual): the password again and the mobile number, written as the manual explains (docs/client-manual.md M-2FA-2). */
export function SmsStartForm({
  onStarted,
  onCancel,
}: {
  onStarted: (started: { challengeId: string; phoneEnding: string }) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("account_two_factor");
  const { formAction, pending, formError, fieldError } = useActionForm(startSmsEnrolmentAction, { onSuccess: onStarted, refresh: false });
  const phoneError = fieldError("phone");
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <TwoFactorPasswordField error={fieldError("password")} />
      <div className="flex flex-col gap-1">
        <Field
          id="two-factor-phone"
          label={t("phone")}
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          placeholder="31612345678"
          required
          aria-describedby={phoneError ? "two-factor-phone-hint two-factor-phone-error" : "two-factor-phone-hint"}
          error={phoneError}
        />
        <p id="two-factor-phone-hint" className="text-sm text-slate-700">
          {t("phone_hint")}
        </p>
      </div>
      <TwoFactorFormButtons label={t("send_code")} pending={pending} onCancel={onCancel} />
    </form>
  );
}

/** Step 2: the code from the SMS, with "Stuur een nieuwe code" (the library enforces the waits and limits). */
export function SmsCodeForm({
  challengeId,
  phoneEnding,
  onFinished,
  onCancel,
}: {
  challengeId: string;
  phoneEnding: string;
  onFinished: (result: { recoveryCode: string }) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("account_two_factor");
  const code = useActionForm(finishSmsEnrolmentAction, { onSuccess: onFinished });
  const again = useActionForm(resendSmsEnrolmentAction, { refresh: false });
  // A resend refusal ("wait a minute", "too many codes") is about the code: shown under the same field.
  const codeError = code.fieldError("code") ?? again.fieldError("code");
  return (
    <div className="flex flex-col gap-4">
      <p role="status">{again.state?.ok ? t("resent") : t("code_sent", { digits: phoneEnding })}</p>
      <form action={code.formAction} className="flex flex-col gap-4" noValidate>
        {(code.formError ?? again.formError) ? <FormAlert>{code.formError ?? again.formError}</FormAlert> : null}
        <input type="hidden" name="challengeId" value={challengeId} />
        <Field
          id="two-factor-code"
          label={t("code")}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
          autoFocus
          error={codeError}
        />
        <TwoFactorFormButtons label={t("confirm")} pending={code.pending} onCancel={onCancel} />
      </form>
      <form action={again.formAction}>
        <input type="hidden" name="challengeId" value={challengeId} />
        <Button type="submit" variant="secondary" disabled={again.pending}>
          {again.pending ? t("working") : t("resend")}
        </Button>
      </form>
    </div>
  );
}
