"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FieldShell } from "./field-shell";
import { Icon } from "./icon";

/**
 * A password input with a toggle button (aria-pressed) that shows what was typed, e.g. a long password on a phone. Pass
 * `value` and `onChange` to keep what was typed across an action's answer (React empties uncontrolled fields).
 */
export function PasswordField({
  label,
  name,
  error,
  className,
  id,
  ...input
}: Omit<React.InputHTMLAttributes<HTMLInputElement>, "type"> & { label: string; name: string; error?: string }) {
  const t = useTranslations("common");
  const [visible, setVisible] = useState(false);
  return (
    <FieldShell id={id ?? name} label={label} error={error} className={className}>
      {(control) => (
        <div className="flex items-stretch gap-2">
          <input
            name={name}
            type={visible ? "text" : "password"}
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            className="min-h-11 min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base aria-[invalid]:border-red-600"
            {...control}
            {...input}
          />
          <button
            type="button"
            aria-controls={control.id}
            aria-pressed={visible}
            onClick={() => setVisible((shown) => !shown)}
            className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-lg border border-slate-300 bg-white px-3 text-slate-800 hover:bg-slate-100"
          >
            <Icon name={visible ? "eye-off" : "eye"} className="size-5" />
            <span className="sr-only sm:not-sr-only">{t("show_password")}</span>
          </button>
        </div>
      )}
    </FieldShell>
  );
}
