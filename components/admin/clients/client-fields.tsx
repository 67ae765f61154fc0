"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { LanguageSelect } from "./language-select";

export type ClientValues = { name: string; email: string; phone: string; locale: "nl" | "en" };

export const emptyClient: ClientValues = { name: "", email: "", phone: "", locale: "nl" };

/**
 * The fields of the new-client and edit-client forms. Controlled, so what was typed survives a failed attempt
 * (React resets uncontrolled fields after every form action).
 */
export function ClientFields({
  values,
  onChange,
  fieldError,
}: {
  values: ClientValues;
  onChange: (values: ClientValues) => void;
  fieldError: (name: string) => string | undefined;
}) {
  const t = useTranslations();
  const set = (name: keyof ClientValues) => (event: React.ChangeEvent<HTMLInputElement>) =>
    onChange({ ...values, [name]: event.target.value });
  return (
    <>
      <Field
        label={t("accounts.name")}
        name="name"
        required
        autoComplete="off"
        value={values.name}
        onChange={set("name")}
        error={fieldError("name")}
      />
      <Field
        label={t("accounts.email")}
        name="email"
        type="email"
        required
        autoComplete="off"
        value={values.email}
        onChange={set("email")}
        error={fieldError("email")}
      />
      <div className="flex flex-col gap-1">
        <Field
          label={t("admin_clients.phone")}
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="off"
          aria-describedby={fieldError("phone") ? "phone-error phone-hint" : "phone-hint"}
          value={values.phone}
          onChange={set("phone")}
          error={fieldError("phone")}
        />
        <p id="phone-hint" className="text-sm text-slate-700">
          {t("admin_clients.phone_hint")}
        </p>
      </div>
      <LanguageSelect value={values.locale} onChange={(locale) => onChange({ ...values, locale })} error={fieldError("locale")} />
    </>
  );
}
