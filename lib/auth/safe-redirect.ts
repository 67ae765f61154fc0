/** Only a path on this site: never another host ("//evil", "/\\evil", "https://..."), never the API. */
export function safeRedirectPath(target: unknown, fallback = "/"): string {
  if (typeof target !== "string" || target.length > 512) return fallback;
  if (!target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\\]/.test(target) || target.startsWith("/api/")) return fallback;
  return target;
}
