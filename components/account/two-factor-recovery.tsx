"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { RecoveryCodeActions } from "./recovery-code-actions";

/**
 * The herstelcode screen (docs/client-manual.md M-2FA-4), shown once: large, monospace, in groups of four, with
 * copy, print and "verstuur e-mail" (RecoveryCodeActions).
 */
export function TwoFactorRecovery({ code, onDone }: { code: string; onDone: () => void }) {
  const t = useTranslations("account_two_factor");
  const title = useRef<HTMLHeadingElement>(null);
  // The form that led here is gone: move focus to the new screen so keyboard and screen-reader users follow.
  useEffect(() => title.current?.focus(), []);
  return (
    <div className="flex flex-col gap-4">
      <h3 className="text-base font-semibold" id="two-factor-recovery-title" tabIndex={-1} ref={title}>
        {t("recovery_title")}
      </h3>
      <p
        aria-labelledby="two-factor-recovery-title"
        className="self-start rounded-lg border border-slate-300 bg-slate-50 px-4 py-3 font-mono text-xl tracking-wider break-all sm:text-2xl"
        data-testid="two-factor-recovery-code"
      >
        {code}
      </p>
      <p>{t("recovery_text")}</p>
      <p className="text-sm text-slate-700">{t("recovery_once")}</p>
      <RecoveryCodeActions code={code} />
      <Button type="button" onClick={onDone} className="self-start print:hidden">
        {t("done")}
      </Button>
    </div>
  );
}
