import type { InputHTMLAttributes, ReactNode } from "react";

type ChoiceFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "className"> & {
  type: "radio" | "checkbox";
  label: ReactNode;
};

/** A radio button or checkbox with its label, the whole row one touch target of at least 44 px (WCAG 2.5.8). */
export function ChoiceField({ label, lang, ...input }: ChoiceFieldProps) {
  return (
    <label lang={lang} className="flex min-h-11 items-center gap-3">
      <input {...input} className="size-5 shrink-0 accent-brand" />
      {label}
    </label>
  );
}
