import { cn } from "@/lib/cn";

export function SelectField({
  label,
  name,
  error,
  className,
  children,
  ...select
}: React.SelectHTMLAttributes<HTMLSelectElement> & { label: string; name: string; error?: string }) {
  const errorId = `${name}-error`;
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={select.id ?? name} className="font-medium">
        {label}
      </label>
      <select
        id={name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base"
        {...select}
      >
        {children}
      </select>
      {error ? (
        <p id={errorId} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
