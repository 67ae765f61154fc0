"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { cn } from "@/lib/cn";
import { chooseLocaleAction } from "@/lib/i18n/actions";
import { locales } from "@/lib/core/locales";

/** Nederlands / English before sign-in; each language is named in itself. */
export function LanguageSwitch() {
  const t = useTranslations("common");
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div role="group" aria-label={t("language_switch")} className="flex justify-center gap-2">
      {locales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={locale === current}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await chooseLocaleAction({ locale });
              if (result.ok) router.refresh();
            })
          }
          className={cn(
            "min-h-11 rounded-lg px-3 font-medium",
            locale === current ? "bg-slate-200 text-slate-900" : "text-slate-700 hover:bg-slate-100",
          )}
        >
          {t(`language_${locale}`)}
        </button>
      ))}
    </div>
  );
}
