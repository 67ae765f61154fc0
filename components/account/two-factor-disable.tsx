"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { TwoFactorFormButtons, TwoFactorPasswordField } from "./two-factor-form-parts";
import { disableTwoFactorAction } from "@/lib/own-account/two-factor-actions";

/** "Uitschakelen" after the password; staff of an office that requires 2-step get the library's refusal here. */
export function TwoFactorDisableForm({ onDisabled, onCancel }: { onDisabled: () => void; onCancel: () => void }) {
  const t = useTranslations("account_two_factor");
  const { formAction, pending, formError, fieldError } = useActionForm(disableTwoFactorAction, { onSuccess: onDisabled });
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <p>{t("disable_intro")}</p>
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <TwoFactorPasswordField error={fieldError("password")} />
      <TwoFactorFormButtons label={t("disable")} pending={pending} onCancel={onCancel} />
    </form>
  );
}
