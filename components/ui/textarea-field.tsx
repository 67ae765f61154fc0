import { cn } from "@/lib/cn";

export function TextareaField({
  label,
  name,
  error,
  className,
  ...textarea
}: React.TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; error?: string }) {
  const errorId = `${name}-error`;
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={textarea.id ?? name} className="font-medium">
        {label}
      </label>
      <textarea
        id={name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="min-h-32 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base"
        {...textarea}
      />
      {error ? (
        <p id={errorId} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
