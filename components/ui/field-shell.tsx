import { cn } from "@/lib/cn";

export type ControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

/**
 * The label, the error under the control and the ids that tie them together for screen readers: one place for
 * every kind of form control (input, select, textarea).
 */
export function FieldShell({
  id,
  label,
  error,
  className,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  className?: string;
  children: (control: ControlProps) => React.ReactNode;
}) {
  const errorId = `${id}-error`;
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": error ? errorId : undefined })}
      {error ? (
        <p id={errorId} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
