"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { resendLoginCodeAction, verifyLoginCodeAction } from "@/lib/auth/two-factor/login-actions";
import type { ActionResult } from "@/lib/core/errors";

/** The second step of the sign-in: the SMS or app code; for SMS also "Stuur een nieuwe code". */
export function TwoFactorCodeForm({ method }: { method: "sms" | "totp" }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(
    (_previous: ActionResult | null, form: FormData) => verifyLoginCodeAction(form),
    null,
  );
  const [resent, resendAction, resending] = useActionState(
    (_previous: ActionResult | null, form: FormData) => resendLoginCodeAction(form),
    null,
  );
  const codeError = state && !state.ok ? (state.fieldErrors?.code ?? state.code) : undefined;
  return (
    <div className="flex flex-col gap-4">
      <form action={formAction} className="flex flex-col gap-4" noValidate>
        <Field
          label={t("two_factor_login.code_label")}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={12}
          required
          autoFocus
          error={codeError ? t(codeError) : undefined}
        />
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? t("two_factor_login.submitting") : t("two_factor_login.submit")}
        </Button>
      </form>
      {method === "sms" ? (
        <form action={resendAction} className="flex flex-col gap-2">
          {resent ? (
            <FormAlert tone={resent.ok ? "success" : "error"}>
              {resent.ok ? t("two_factor_login.resent") : t(resent.fieldErrors?.code ?? resent.code)}
            </FormAlert>
          ) : null}
          <Button type="submit" variant="secondary" disabled={resending} aria-busy={resending}>
            {resending ? t("two_factor_login.resending") : t("two_factor_login.resend")}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
