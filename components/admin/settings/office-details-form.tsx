"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateOfficeDetailsAction } from "@/lib/offices/actions";
import { BrandColourField } from "./brand-colour-field";

export type OfficeDetailsValues = {
  name: string;
  contactPhone: string;
  contactEmail: string;
  brandColor: string;
  hostnames: string;
};

/** Name, contact details, brand colour and host names. Controlled, so what was typed survives a refused save. */
export function OfficeDetailsForm({ initial }: { initial: OfficeDetailsValues }) {
  const t = useTranslations();
  const [values, setValues] = useState(initial);
  const { state, formAction, pending, formError, fieldError } = useActionForm(updateOfficeDetailsAction);
  const set = (name: keyof OfficeDetailsValues) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setValues({ ...values, [name]: event.target.value });
  const alert = formError ?? (state && !state.ok ? t("errors.invalid_input") : undefined);
  const describedBy = (name: string, hint: string) => [hint, fieldError(name) ? `${name}-error` : null].filter(Boolean).join(" ");

  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {alert ? <FormAlert>{alert}</FormAlert> : null}
      {state?.ok ? <FormAlert tone="success">{t("common.saved")}</FormAlert> : null}
      <Field
        label={t("admin_settings.name")}
        name="name"
        required
        autoComplete="organization"
        value={values.name}
        onChange={set("name")}
        error={fieldError("name")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={t("admin_settings.contact_phone")}
          name="contactPhone"
          type="tel"
          autoComplete="off"
          aria-describedby={describedBy("contactPhone", "contact-hint")}
          value={values.contactPhone}
          onChange={set("contactPhone")}
          error={fieldError("contactPhone")}
        />
        <Field
          label={t("admin_settings.contact_email")}
          name="contactEmail"
          type="email"
          autoComplete="off"
          aria-describedby={describedBy("contactEmail", "contact-hint")}
          value={values.contactEmail}
          onChange={set("contactEmail")}
          error={fieldError("contactEmail")}
        />
        <p id="contact-hint" className="text-sm text-slate-700 sm:col-span-2">
          {t("admin_settings.contact_hint")}
        </p>
      </div>
      <BrandColourField
        value={values.brandColor}
        onChange={(brandColor) => setValues({ ...values, brandColor })}
        error={fieldError("brandColor")}
      />
      <div className="flex flex-col gap-1">
        <TextareaField
          label={t("admin_settings.hostnames")}
          name="hostnames"
          rows={3}
          spellCheck={false}
          autoComplete="off"
          className="[&_textarea]:min-h-24 [&_textarea]:font-mono"
          aria-describedby={describedBy("hostnames", "hostnames-hint")}
          value={values.hostnames}
          onChange={set("hostnames")}
          error={fieldError("hostnames")}
        />
        <p id="hostnames-hint" className="text-sm text-slate-700">
          {t("admin_settings.hostnames_hint")}
        </p>
      </div>
      <Button type="submit" className="self-start" disabled={pending} aria-busy={pending}>
        {pending ? t("common.saving") : t("common.save")}
      </Button>
    </form>
  );
}
