"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import type { TwoFactorActions } from "./two-factor-section";

/** "Uitschakelen" after the password; staff of an office that requires 2-step get the library's refusal here. */
export function TwoFactorDisableForm({
  action,
  onDisabled,
  onCancel,
}: {
  action: TwoFactorActions["disable"];
  onDisabled: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("account_two_factor");
  const { formAction, pending, formError, fieldError } = useActionForm(action, { onSuccess: onDisabled });
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <p>{t("disable_intro")}</p>
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <Field id="two-factor-password" label={t("password")} name="password" type="password" autoComplete="current-password" required autoFocus error={fieldError("password")} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("working") : t("disable")}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
