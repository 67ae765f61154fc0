import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { reissuedSessionCookies } from "@/lib/auth/session-refresh";
import { getConfig } from "@/lib/config";

// What every answer of the portal carries that depends on the request: the Content-Security-Policy with a fresh
// nonce, `Cache-Control: no-store`, and (once every SESSION_REFRESH_SECONDS) a re-issued session cookie. The
// portal's HTTP server (scripts/lib/portal-server.mjs) applies it to each request before Next.js sees it,
// through the hook instrumentation.ts exposes. This used to be proxy.ts; Next.js's proxy machinery cost about
// 2.6 ms per request, a third of what the framework needs for a whole page (issue 12, README "Performance").
// It decides nothing: office, session and role are checked by every page, route handler and action.

/** Where scripts/lib/portal-server.mjs finds `applyRequestPolicy` (same key there). */
export const REQUEST_POLICY_HOOK = Symbol.for("klantenportaal.requestPolicy");

/** Built files and icons: no policy of their own (Next.js and next.config.ts give them their headers). */
const STATIC_PATH = /^\/(?:_next\/static\/|_next\/image(?:[/?]|$)|favicon\.ico(?:\?|$)|icon\.svg(?:\?|$)|icons\.svg(?:\?|$))/;

export function contentSecurityPolicy(nonce: string, storageOrigin: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // React renders style attributes (progress bars, Radix positioning); no script can ride on them.
    "style-src-attr 'unsafe-inline'",
    `img-src 'self' data: blob: ${storageOrigin}`,
    "font-src 'self'",
    `connect-src 'self' ${storageOrigin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

let storageOrigin: { endpoint: string; origin: string } | null = null;

function currentStorageOrigin(): string {
  const endpoint = getConfig().storage.publicEndpoint;
  if (storageOrigin?.endpoint !== endpoint) storageOrigin = { endpoint, origin: new URL(endpoint).origin };
  return storageOrigin.origin;
}

/**
 * Applies the policy to one request before Next.js handles it. Next.js takes the nonce for its own scripts from
 * the request's Content-Security-Policy header (which only this function may write: a client's is replaced), and
 * keeps the response headers set here.
 */
export async function applyRequestPolicy(request: IncomingMessage, response: ServerResponse): Promise<void> {
  // CVE-2025-29927: this internal header must never come from outside.
  delete request.headers["x-middleware-subrequest"];
  delete request.headers["content-security-policy"];
  delete request.headers["content-security-policy-report-only"];
  if (STATIC_PATH.test(request.url ?? "/")) return;
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, currentStorageOrigin(), process.env.NODE_ENV === "development");
  request.headers["content-security-policy"] = csp;
  response.setHeader("Content-Security-Policy", csp);
  response.setHeader("Cache-Control", "no-store");
  for (const cookie of await reissuedSessionCookies(request)) response.appendHeader("Set-Cookie", cookie);
}

export function exposeRequestPolicyHook(): void {
  (globalThis as Record<symbol, unknown>)[REQUEST_POLICY_HOOK] = applyRequestPolicy;
}
