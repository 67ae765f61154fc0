import type { Office } from "@/lib/offices/current";

/** Sets the office's accent colour for everything inside (buttons, focus rings, active tabs). */
export function OfficeBrand({ office, children }: { office: Pick<Office, "brandColor">; children: React.ReactNode }) {
  const colour = /^#[0-9a-f]{6}$/i.test(office.brandColor) ? office.brandColor : "#1d4ed8";
  return (
    <div style={{ "--office-brand": colour } as React.CSSProperties} className="min-h-dvh">
      {children}
    </div>
  );
}
