"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ChoiceField } from "@/components/ui/choice-field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Locale } from "@/lib/core/locales";
import { saveLocaleAction } from "@/lib/own-account/actions";

// Each language is named in itself, so someone who cannot read the current one still finds their own.
const options: { value: Locale; label: string }[] = [
  { value: "nl", label: "Nederlands" },
  { value: "en", label: "English" },
];

/** Nederlands / English; after saving, the refresh renders the whole page in the chosen language. */
export function LocaleForm({ locale }: { locale: Locale }) {
  const t = useTranslations();
  const [value, setValue] = useState(locale);
  const { state, formAction, pending, formError } = useActionForm(saveLocaleAction);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      {state?.ok ? <FormAlert tone="success">{t("account.locale_saved")}</FormAlert> : null}
      <fieldset className="flex flex-col gap-2">
        <legend className="sr-only">{t("account.locale_title")}</legend>
        {options.map((option) => (
          <ChoiceField
            key={option.value}
            lang={option.value}
            type="radio"
            name="locale"
            value={option.value}
            checked={value === option.value}
            onChange={() => setValue(option.value)}
            label={option.label}
          />
        ))}
      </fieldset>
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t("common.saving") : t("common.save")}
      </Button>
    </form>
  );
}
