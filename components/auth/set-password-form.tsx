"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { PasswordField } from "@/components/ui/password-field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { setPasswordAction } from "@/lib/auth/set-password/actions";
import { paths } from "@/lib/paths";

/** Step 2 (docs/client-manual.md M-SETPW-2): the new password twice, "instellen wachtwoord"; success signs in (a redirect). */
export function SetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("set_password");
  const { state, formAction, pending, formError, fieldError } = useActionForm(setPasswordAction, { refresh: false });
  // Kept after a refusal (too short, not the same twice) so it can be corrected; success leaves the page.
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const failure = state && !state.ok ? state : null;
  const linkInvalid = failure?.code === "set_password.link_invalid" || failure?.fieldErrors?.token !== undefined;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      {linkInvalid ? (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-red-900">
          <p>{t("expired.body")}</p>
          <Link href={paths.setPasswordRequest} className="inline-block py-2 font-medium underline">
            {t("expired.request_new")}
          </Link>
        </div>
      ) : formError ? (
        <FormAlert>{formError}</FormAlert>
      ) : null}
      <PasswordField
        label={t("form.password")}
        name="password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        autoComplete="new-password"
        required
        error={fieldError("password")}
      />
      <PasswordField
        label={t("form.password_repeat")}
        name="password_repeat"
        value={repeat}
        onChange={(event) => setRepeat(event.target.value)}
        autoComplete="new-password"
        required
        error={fieldError("password_repeat")}
      />
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("form.submitting") : t("form.submit")}
      </Button>
    </form>
  );
}
