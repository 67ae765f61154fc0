"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { recoveryLoginAction } from "@/lib/auth/two-factor/login-actions";
import type { ActionResult } from "@/lib/core/errors";
import { RecoveryCodeActions } from "@/components/account/recovery-code-actions";

/**
 * Sign-in with the recovery code. The new code lives only in this component's state: it is shown once. The
 * page renders this component also once the session is full (after the action the page is refreshed), so the
 * state, and with it the new code, survives that refresh.
 */
export function TwoFactorRecoveryForm({ signedIn }: { signedIn: boolean }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(
    (_previous: ActionResult<{ recoveryCode: string }> | null, form: FormData) => recoveryLoginAction(form),
    null,
  );
  if (state?.ok || signedIn) {
    return (
      <section aria-labelledby="new-recovery-code" className="flex flex-col gap-4">
        {state?.ok ? (
          <>
            <h2 id="new-recovery-code" className="text-xl font-semibold">
              {t("two_factor_login.new_code_title")}
            </h2>
            <p>{t("two_factor_login.new_code_intro")}</p>
            <dl className="flex flex-col gap-1">
              <dt className="font-medium">{t("two_factor_login.new_code_label")}</dt>
              <dd className="rounded-lg bg-slate-100 p-3 text-center font-mono text-lg break-all" data-testid="new-recovery-code">
                {state.data.recoveryCode}
              </dd>
            </dl>
            <RecoveryCodeActions code={state.data.recoveryCode} />
          </>
        ) : (
          <h2 id="new-recovery-code" className="text-xl font-semibold">
            {t("two_factor_login.signed_in")}
          </h2>
        )}
        <Link href="/" className={buttonClasses("primary")}>
          {t("two_factor_login.continue")}
        </Link>
      </section>
    );
  }
  const codeError = state && !state.ok ? (state.fieldErrors?.code ?? state.code) : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <Field
        label={t("two_factor_login.recovery_label")}
        name="code"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={64}
        required
        error={codeError ? t(codeError) : undefined}
      />
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("two_factor_login.submitting") : t("two_factor_login.recovery_submit")}
      </Button>
    </form>
  );
}
