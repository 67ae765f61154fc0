import { cn } from "@/lib/cn";

type Variant = "primary" | "secondary" | "ghost" | "danger" | "danger-secondary";

const variants: Record<Variant, string> = {
  // No opacity effects: a half-faded button (mid-transition, or while pending) would fail the contrast rules.
  primary: "bg-brand text-white hover:shadow-md hover:ring-2 hover:ring-brand/30 disabled:bg-slate-600",
  secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-100",
  ghost: "text-slate-700 hover:bg-slate-100",
  // Confirming and offering an action that cannot simply be undone (blocking an account).
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-slate-600",
  "danger-secondary": "border border-red-300 bg-white text-red-800 hover:bg-red-50",
};

/** Round buttons with an icon alone on a phone (the label shows from `sm` up) get less padding there. */
const PADDING = { normal: "px-4", "compact-on-phone": "px-3 sm:px-4" } as const;

// No class a caller passes may conflict with these (lib/cn.ts merges nothing): variants and `padding` choose.
export function buttonClasses(variant: Variant = "primary", className?: string, padding: keyof typeof PADDING = "normal"): string {
  return cn(
    "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg py-2 font-medium transition-shadow",
    PADDING[padding],
    "disabled:cursor-not-allowed",
    variants[variant],
    className,
  );
}

export function Button({
  variant = "primary",
  padding = "normal",
  className,
  ...props
}: React.ComponentProps<"button"> & { variant?: Variant; padding?: keyof typeof PADDING }) {
  return <button className={buttonClasses(variant, className, padding)} {...props} />;
}
