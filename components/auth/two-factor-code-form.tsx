"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { resendLoginCodeAction, verifyLoginCodeAction } from "@/lib/auth/two-factor/login-actions";
import type { ActionResult } from "@/lib/core/errors";

/**
 * The second step of the sign-in: the SMS or app code; for SMS also "Stuur een nieuwe code", which says from when
 * a new code can be sent while the sending limits stop it (`resendBlockedText`, from the page).
 */
export function TwoFactorCodeForm({ method, resendBlockedText }: { method: "sms" | "totp"; resendBlockedText: string | null }) {
  const t = useTranslations();
  const router = useRouter();
  const [state, formAction, pending] = useActionState(
    (_previous: ActionResult | null, form: FormData) => verifyLoginCodeAction(form),
    null,
  );
  const [resent, resendAction, resending] = useActionState(async (_previous: ActionResult | null, form: FormData) => {
    const result = await resendLoginCodeAction(form);
    // Refused by the limits: the page learns until when, and says so.
    if (!result.ok) router.refresh();
    return result;
  }, null);
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
              {!resent.ok && resendBlockedText ? ` ${resendBlockedText}` : null}
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
