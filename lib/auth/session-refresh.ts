import "server-only";
import type { IncomingMessage } from "node:http";
import { NextRequest, NextResponse, type NextFetchEvent, type NextMiddleware } from "next/server";
import { getConfig } from "@/lib/config";
import { auth } from "./next-auth";
import { decodeSessionCookie, sessionCookieName, sessionNeedsRefresh } from "./session-cookie";

// Reading the session through next-auth re-issues its cookie with a new 30-minute expiry (server components
// cannot set cookies): navigation counts as activity for the idle timeout. Only a cookie issued more than
// SESSION_REFRESH_SECONDS ago is re-issued, not one on every response (issue 12). It decides nothing; an expired
// session just gets its cookie cleared. With a lazy configuration (next-auth.ts) `auth(handler)` resolves to the
// wrapped middleware asynchronously, whatever its types say.
const passThrough: NextMiddleware = () => NextResponse.next();
const withRollingSession = Promise.resolve(auth(passThrough) as unknown as NextMiddleware | Promise<NextMiddleware>);

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? "").split(";")) {
    const at = pair.indexOf("=");
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}

/**
 * The Set-Cookie lines that re-issue (or clear) this request's session cookie, when it is due; none otherwise.
 * Only navigations: a POST may be the sign-in or sign-out action, which sets the cookie itself and must not get a
 * refreshed copy of the old one next to it; next-auth's own routes manage their cookies too.
 */
export async function reissuedSessionCookies(request: IncomingMessage): Promise<string[]> {
  const path = request.url ?? "/";
  if ((request.method !== "GET" && request.method !== "HEAD") || path.startsWith("/api/auth/")) return [];
  const token = await decodeSessionCookie(cookieValue(request.headers.cookie, sessionCookieName()));
  if (token === null || !sessionNeedsRefresh(token, Date.now())) return [];
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  // The address does not matter to next-auth here (the cookie's name and flags follow the configured public
  // address); the configured one avoids parsing whatever the client sent as Host.
  const nextRequest = new NextRequest(getConfig().publicUrl, { method: request.method, headers });
  const response = await (await withRollingSession)(nextRequest, {} as NextFetchEvent);
  return response instanceof Response ? response.headers.getSetCookie() : [];
}
