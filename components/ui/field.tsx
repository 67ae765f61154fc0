import { FieldShell } from "./field-shell";

/** A labelled input with its translated error under it, wired for screen readers (a caller's own aria-describedby, e.g. with a hint, wins). */
export function Field({
  label,
  name,
  error,
  className,
  id,
  ...input
}: React.InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; error?: string }) {
  return (
    <FieldShell id={id ?? name} label={label} error={error} className={className}>
      {(control) => (
        <input
          name={name}
          className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base aria-[invalid]:border-red-600"
          {...control}
          {...input}
        />
      )}
    </FieldShell>
  );
}
