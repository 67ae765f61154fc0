"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { changePasswordAction } from "@/lib/own-account/actions";

/** Current password, then the new one twice; the form empties itself after the action (no passwords kept). */
export function PasswordForm({ email }: { email: string }) {
  const t = useTranslations();
  const { state, formAction, pending, formError, fieldError } = useActionForm(changePasswordAction);
  const alert = formError ?? (state && !state.ok ? t("errors.invalid_input") : undefined);
  const newPasswordError = fieldError("newPassword");
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {alert ? <FormAlert>{alert}</FormAlert> : null}
      {state?.ok ? <FormAlert tone="success">{t("account.password_changed")}</FormAlert> : null}
      {/* For password managers: which account this new password belongs to. Not posted. */}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <Field
        label={t("account.current_password")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError("currentPassword")}
      />
      <div className="flex flex-col gap-1">
        <Field
          label={t("account.new_password")}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          aria-describedby={newPasswordError ? "new-password-hint newPassword-error" : "new-password-hint"}
          error={newPasswordError}
        />
        <p id="new-password-hint" className="text-sm text-slate-700">
          {t("account.new_password_hint")}
        </p>
      </div>
      <Field
        label={t("account.repeat_password")}
        name="repeatPassword"
        type="password"
        autoComplete="new-password"
        required
        error={fieldError("repeatPassword")}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t("account.working") : t("account.password_submit")}
      </Button>
    </form>
  );
}
