// The session cookie read directly, for the two places that only need to know what it says: the page's viewer
// (lib/auth/viewer.ts) and the proxy's decision to re-issue it (proxy.ts). next-auth's own `auth()` also builds
// a CSRF token, runs its callbacks and encrypts a new cookie every time; a page cannot set that cookie anyway.
import { decode, type JWT } from "next-auth/jwt";
import { getConfig } from "@/lib/config";
import { SESSION_REFRESH_SECONDS } from "./session-policy";

/** next-auth's cookie name, which is also the salt of its encryption key: `__Secure-` on an https portal. */
export function sessionCookieName(): string {
  return getConfig().publicUrl.startsWith("https:") ? "__Secure-authjs.session-token" : "authjs.session-token";
}

/** The token in the session cookie's value, or null when there is none or it does not decrypt with our secret. */
export async function decodeSessionCookie(value: string | undefined): Promise<JWT | null> {
  if (!value) return null;
  try {
    return await decode({ token: value, secret: getConfig().authSecret, salt: sessionCookieName() });
  } catch {
    return null;
  }
}

/**
 * Whether a navigation should re-issue the cookie (a new 30-minute expiry, `seenAt` now): only once it was last
 * issued SESSION_REFRESH_SECONDS ago, not on every response. An expired token also passes, so the re-issue
 * clears its cookie.
 */
export function sessionNeedsRefresh(token: JWT, now: number): boolean {
  const seenAt = token.seenAt;
  return typeof seenAt !== "number" || seenAt > now || now - seenAt >= SESSION_REFRESH_SECONDS * 1000;
}
