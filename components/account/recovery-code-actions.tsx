"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { sendRecoveryCodeMailAction } from "@/lib/own-account/two-factor-actions";

/**
 * What can be done with a recovery code on screen, wherever one is shown (after switching 2-step on, after
 * signing in with the previous one): copy it, print the page, or "verstuur e-mail" (the server mails it only if
 * it is still the account's current code).
 */
export function RecoveryCodeActions({ code }: { code: string }) {
  const t = useTranslations("recovery_actions");
  const mail = useActionForm(sendRecoveryCodeMailAction, { refresh: false });
  const [copy, setCopy] = useState<"copied" | "copy_failed" | null>(null);
  return (
    <div className="flex flex-col gap-3 print:hidden">
      {mail.formError ? <FormAlert>{mail.formError}</FormAlert> : null}
      {mail.state?.ok ? <FormAlert tone="success">{t("mail_sent")}</FormAlert> : null}
      <p role="status" className="empty:hidden">
        {copy ? t(copy) : null}
      </p>
      <div className="flex flex-wrap gap-3">
        <Button
          type="button"
          variant="secondary"
          onClick={() =>
            navigator.clipboard.writeText(code).then(
              () => setCopy("copied"),
              () => setCopy("copy_failed"),
            )
          }
        >
          {t("copy")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => window.print()}>
          {t("print")}
        </Button>
        <form action={mail.formAction}>
          <input type="hidden" name="code" value={code} />
          <Button type="submit" variant="secondary" disabled={mail.pending} aria-busy={mail.pending}>
            {mail.pending ? t("working") : t("send_mail")}
          </Button>
        </form>
      </div>
    </div>
  );
}
