"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** The password typed again before a 2-step change (ASVS 7.5.1); the same field in every step that asks it. */
export function TwoFactorPasswordField({ error }: { error?: string }) {
  const t = useTranslations("account_two_factor");
  return (
    <Field
      id="two-factor-password"
      label={t("password")}
      name="password"
      type="password"
      autoComplete="current-password"
      required
      autoFocus
      error={error}
    />
  );
}

/** A 2-step step's buttons: submit (with "Bezig…" while pending) and Annuleren. */
export function TwoFactorFormButtons({ label, pending, onCancel }: { label: string; pending: boolean; onCancel: () => void }) {
  const t = useTranslations("account_two_factor");
  return (
    <div className="flex flex-wrap gap-3">
      <Button type="submit" disabled={pending}>
        {pending ? t("working") : label}
      </Button>
      <Button type="button" variant="ghost" onClick={onCancel}>
        {t("cancel")}
      </Button>
    </div>
  );
}
