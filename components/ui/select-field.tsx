import { FieldShell } from "./field-shell";

export function SelectField({
  label,
  name,
  error,
  className,
  id,
  children,
  ...select
}: React.SelectHTMLAttributes<HTMLSelectElement> & { label: string; name: string; error?: string }) {
  return (
    <FieldShell id={id ?? name} label={label} error={error} className={className}>
      {(control) => (
        <select name={name} className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base" {...control} {...select}>
          {children}
        </select>
      )}
    </FieldShell>
  );
}
