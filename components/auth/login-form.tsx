"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { SetPasswordLink } from "@/components/auth/set-password-link";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { loginAction } from "@/lib/auth/actions";
import type { ActionResult } from "@/lib/core/errors";

export function LoginForm({ next }: { next: string }) {
  const t = useTranslations();
  // Controlled, so the address survives a failed attempt (React resets uncontrolled fields after an action).
  const [email, setEmail] = useState("");
  const [state, formAction, pending] = useActionState((_previous: ActionResult | null, form: FormData) => loginAction(form), null);
  const fieldError = (name: string) => {
    const key = state && !state.ok ? state.fieldErrors?.[name] : undefined;
    return key ? t(key) : undefined;
  };
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="next" value={next} />
      {state && !state.ok && !state.fieldErrors ? <FormAlert>{t(state.code)}</FormAlert> : null}
      <Field
        label={t("auth.login.email")}
        name="email"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={fieldError("email")}
      />
      <Field
        label={t("auth.login.password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError("password")}
      />
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("auth.login.submitting") : t("auth.login.submit")}
      </Button>
      <SetPasswordLink />
    </form>
  );
}
