"use client";

import { Icon } from "@/components/ui/icon";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";

/** The fields of one client made inside the dossier form; named `newClients.<index>.<field>`. */
export function NewClientFields({
  index,
  fieldError,
  onRemove,
}: {
  index: number;
  fieldError: (name: string) => string | undefined;
  onRemove: () => void;
}) {
  const t = useTranslations("admin_dossiers.new_client");
  const name = (field: string) => `newClients.${index}.${field}`;
  const number = index + 1;
  return (
    <fieldset className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-slate-50 p-4">
      <legend className="px-1 font-semibold">{t("legend", { number })}</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("name")} name={name("name")} autoComplete="off" required maxLength={200} error={fieldError(name("name"))} />
        <Field
          label={t("email")}
          name={name("email")}
          type="email"
          autoComplete="off"
          required
          maxLength={254}
          error={fieldError(name("email"))}
        />
        <Field
          label={t("phone")}
          name={name("phone")}
          type="tel"
          autoComplete="off"
          placeholder={t("phone_hint")}
          maxLength={32}
          error={fieldError(name("phone"))}
        />
        <SelectField label={t("locale")} name={name("locale")} defaultValue="nl" error={fieldError(name("locale"))}>
          <option value="nl">{t("locale_nl")}</option>
          <option value="en">{t("locale_en")}</option>
        </SelectField>
      </div>
      <Button type="button" variant="ghost" onClick={onRemove} className="self-start">
        <Icon name="trash" className="size-5" />
        {t("remove", { number })}
      </Button>
    </fieldset>
  );
}
