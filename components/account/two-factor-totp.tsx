"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { TwoFactorFormButtons, TwoFactorPasswordField } from "./two-factor-form-parts";
import { finishTotpEnrolmentAction, startTotpEnrolmentAction } from "@/lib/own-account/two-factor-actions";

export type TotpEnrolment = { pending: string; qrSvg: string; manualKey: string };

/** Step 1 of the app set-up: the password again; the answer carries the QR code and the key to type. */
export function TotpStartForm({ onStarted, onCancel }: { onStarted: (enrolment: TotpEnrolment) => void; onCancel: () => void }) {
  const t = useTranslations("account_two_factor");
  const { formAction, pending, formError, fieldError } = useActionForm(startTotpEnrolmentAction, { onSuccess: onStarted, refresh: false });
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <p>{t("totp_password_intro")}</p>
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <TwoFactorPasswordField error={fieldError("password")} />
      <TwoFactorFormButtons label={t("next")} pending={pending} onCancel={onCancel} />
    </form>
  );
}

/**
 * Step 2: QR code (the server-rendered SVG as a data: image, which the CSP allows; an <img> never runs what it
 * shows) and the manual key, then the first code from the app. The signed pending secret goes back with it.
 */
export function TotpCodeForm({
  enrolment,
  onFinished,
  onCancel,
}: {
  enrolment: TotpEnrolment;
  onFinished: (result: { recoveryCode: string }) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("account_two_factor");
  const { formAction, pending, formError, fieldError } = useActionForm(finishTotpEnrolmentAction, { onSuccess: onFinished });
  const qr = `data:image/svg+xml;base64,${btoa(enrolment.qrSvg)}`;
  return (
    <div className="flex flex-col gap-4">
      <p>{t("totp_scan")}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL, nothing for next/image to optimise */}
      <img src={qr} alt={t("qr_alt")} width={200} height={200} className="size-50 rounded-lg border border-slate-200 bg-white" />
      <div className="flex flex-col gap-1">
        <p className="font-medium" id="two-factor-manual-key-label">
          {t("manual_key")}
        </p>
        <p aria-labelledby="two-factor-manual-key-label" className="font-mono text-lg break-all" data-testid="two-factor-manual-key">
          {enrolment.manualKey}
        </p>
      </div>
      <form action={formAction} className="flex flex-col gap-4" noValidate>
        {formError ? <FormAlert>{formError}</FormAlert> : null}
        <input type="hidden" name="pending" value={enrolment.pending} />
        <Field
          id="two-factor-code"
          label={t("totp_code")}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
          autoFocus
          error={fieldError("code")}
        />
        <TwoFactorFormButtons label={t("confirm")} pending={pending} onCancel={onCancel} />
      </form>
    </div>
  );
}
