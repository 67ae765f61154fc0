"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { endSessionsAction } from "@/lib/own-account/actions";

/** Signs out every other device; the password is asked again (ASVS 7.5.1) and signs this browser in anew. */
export function EndSessionsForm() {
  const t = useTranslations();
  const { state, formAction, pending, formError, fieldError } = useActionForm(endSessionsAction);
  const alert = formError ?? (state && !state.ok ? t("errors.invalid_input") : undefined);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {alert ? <FormAlert>{alert}</FormAlert> : null}
      {state?.ok ? <FormAlert tone="success">{t("account.sessions_ended")}</FormAlert> : null}
      <Field
        label={t("account.sessions_password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError("password")}
      />
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {pending ? t("account.working") : t("account.sessions_submit")}
      </Button>
    </form>
  );
}
