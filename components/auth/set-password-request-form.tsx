"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { requestSetPasswordAction } from "@/lib/auth/set-password/actions";
import { paths } from "@/lib/paths";

/** Step 1 of the manual (docs/client-manual.md M-SETPW-1): e-mail address, "verstuur"; the same answer for every address. */
export function SetPasswordRequestForm() {
  const t = useTranslations("set_password.request");
  // Controlled, so a typo survives a field error (React resets uncontrolled fields after an action).
  const [email, setEmail] = useState("");
  const { state, formAction, pending, formError, fieldError } = useActionForm(requestSetPasswordAction, { refresh: false });
  if (state?.ok) {
    return (
      <div className="flex flex-col gap-4">
        <FormAlert tone="success">{t("sent")}</FormAlert>
        <Link href={paths.login} className="inline-block py-2 font-medium text-brand underline">
          {t("back_to_login")}
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <Field
        label={t("email")}
        name="email"
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={fieldError("email")}
      />
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
      <Link href={paths.login} className="self-start py-2 text-sm font-medium text-brand underline">
        {t("back_to_login")}
      </Link>
    </form>
  );
}
