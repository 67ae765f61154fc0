const COLOURS = {
  error: "border-red-300 bg-red-50 text-red-900",
  success: "border-green-300 bg-green-50 text-green-900",
  notice: "border-amber-300 bg-amber-50 text-amber-950",
} as const;

/** A form-level message, announced by screen readers as soon as it appears. */
export function FormAlert({ children, tone = "error" }: { children: React.ReactNode; tone?: keyof typeof COLOURS }) {
  return (
    <p role={tone === "error" ? "alert" : "status"} className={`rounded-lg border px-3 py-2 ${COLOURS[tone]}`}>
      {children}
    </p>
  );
}
