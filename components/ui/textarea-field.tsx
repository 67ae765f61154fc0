import { FieldShell } from "./field-shell";

export function TextareaField({
  label,
  name,
  error,
  className,
  id,
  ...textarea
}: React.TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; error?: string }) {
  return (
    <FieldShell id={id ?? name} label={label} error={error} className={className}>
      {(control) => (
        <textarea
          name={name}
          className="min-h-32 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base"
          {...control}
          {...textarea}
        />
      )}
    </FieldShell>
  );
}
