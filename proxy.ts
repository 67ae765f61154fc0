import { NextResponse, type NextFetchEvent, type NextMiddleware, type NextRequest } from "next/server";
import { auth } from "@/lib/auth/next-auth";
import { decodeSessionCookie, sessionCookieName, sessionNeedsRefresh } from "@/lib/auth/session-cookie";
import { getConfig } from "@/lib/config";

// Headers only: office, session and role are checked by every page, route handler and action, never here.
function contentSecurityPolicy(nonce: string, storageOrigin: string, dev: boolean): string {
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

function withSecurityHeaders(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const storageOrigin = new URL(getConfig().storage.publicEndpoint).origin;
  const csp = contentSecurityPolicy(nonce, storageOrigin, process.env.NODE_ENV === "development");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // CVE-2025-29927: this internal header must never come from outside.
  requestHeaders.delete("x-middleware-subrequest");

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("Cache-Control", "no-store");
  return response;
}

// Reading the session here re-issues its cookie with a new 30-minute expiry (server components cannot set
// cookies): navigation counts as activity for the idle timeout. Only a cookie issued more than
// SESSION_REFRESH_SECONDS ago is re-issued (lib/auth/session-cookie.ts), not one on every response. It decides
// nothing; an expired session just gets its cookie cleared. With a lazy configuration (next-auth.ts)
// `auth(handler)` resolves to the wrapped middleware asynchronously, whatever its types say.
const headersOnly: NextMiddleware = (request) => withSecurityHeaders(request);
const withRollingSession = Promise.resolve(auth(headersOnly) as unknown as NextMiddleware | Promise<NextMiddleware>);

/**
 * A server action called with a body that is not multipart must carry JSON (React's encoded arguments). Next.js
 * answers anything else with a 500 and an error digest; refuse it here as the client's mistake it is.
 */
async function isMalformedActionCall(request: NextRequest): Promise<boolean> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  if (request.headers.get("content-type")?.toLowerCase().startsWith("multipart/form-data")) return false;
  try {
    JSON.parse(await request.clone().text());
    return false;
  } catch {
    return true;
  }
}

/** A session cookie that is due to be re-issued (or cleared); none, or one we cannot read, is left alone. */
async function sessionIsDue(request: NextRequest): Promise<boolean> {
  const token = await decodeSessionCookie(request.cookies.get(sessionCookieName())?.value);
  return token !== null && sessionNeedsRefresh(token, Date.now());
}

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  if (await isMalformedActionCall(request)) {
    return new NextResponse("Bad Request", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  // Only navigations: a POST may be the sign-in or sign-out action, which sets the cookie itself and must not get
  // a refreshed copy of the old one next to it; next-auth's own routes manage their cookies too.
  const navigation = (request.method === "GET" || request.method === "HEAD") && !request.nextUrl.pathname.startsWith("/api/auth/");
  return navigation && (await sessionIsDue(request)) ? (await withRollingSession)(request, event) : withSecurityHeaders(request);
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|icons.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
