import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/select-field";

/** The account language: e-mails and, once signed in, the portal itself are in this language. */
export function LanguageSelect({
  value,
  onChange,
  error,
}: {
  value: "nl" | "en";
  onChange: (locale: "nl" | "en") => void;
  error?: string;
}) {
  const t = useTranslations("accounts");
  return (
    <SelectField
      label={t("language")}
      name="locale"
      value={value}
      onChange={(event) => onChange(event.target.value === "en" ? "en" : "nl")}
      error={error}
    >
      <option value="nl">{t("language_nl")}</option>
      <option value="en">{t("language_en")}</option>
    </SelectField>
  );
}
