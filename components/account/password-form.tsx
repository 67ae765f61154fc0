"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { PasswordField } from "@/components/ui/password-field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { changePasswordAction } from "@/lib/own-account/actions";

const EMPTY = { currentPassword: "", newPassword: "", repeatPassword: "" };

/**
 * Current password, then the new one twice. What was typed stays after a refusal (to correct it), and is cleared
 * once the password has been changed.
 */
export function PasswordForm({ email }: { email: string }) {
  const t = useTranslations();
  const [values, setValues] = useState(EMPTY);
  const { state, formAction, pending, formError, fieldError } = useActionForm(changePasswordAction, { onSuccess: () => setValues(EMPTY) });
  const bind = (name: keyof typeof EMPTY) => ({
    name,
    value: values[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setValues((current) => ({ ...current, [name]: event.target.value })),
  });
  const alert = formError ?? (state && !state.ok ? t("errors.invalid_input") : undefined);
  const newPasswordError = fieldError("newPassword");
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {alert ? <FormAlert>{alert}</FormAlert> : null}
      {state?.ok ? <FormAlert tone="success">{t("account.password_changed")}</FormAlert> : null}
      {/* For password managers: which account this new password belongs to. Not posted. */}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <PasswordField
        label={t("account.current_password")}
        {...bind("currentPassword")}
        autoComplete="current-password"
        required
        error={fieldError("currentPassword")}
      />
      <div className="flex flex-col gap-1">
        <PasswordField
          label={t("account.new_password")}
          {...bind("newPassword")}
          autoComplete="new-password"
          required
          aria-describedby={newPasswordError ? "new-password-hint newPassword-error" : "new-password-hint"}
          error={newPasswordError}
        />
        <p id="new-password-hint" className="text-sm text-slate-700">
          {t("account.new_password_hint")}
        </p>
      </div>
      <PasswordField
        label={t("account.repeat_password")}
        {...bind("repeatPassword")}
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
