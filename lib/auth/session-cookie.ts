// The session cookie read directly, for the two places that only need to know what it says: the page's viewer
// (lib/auth/viewer.ts) and the decision to re-issue it (lib/auth/session-refresh.ts). next-auth's own `auth()` also builds
// a CSRF token, runs its callbacks and encrypts a new cookie every time; a page cannot set that cookie anyway.
import { decode, type JWT } from "next-auth/jwt";
import { getConfig } from "@/lib/config";
import { SESSION_REFRESH_SECONDS } from "./session-policy";

/** next-auth's cookie name, which is also the salt of its encryption key: `__Secure-` on an https portal. */
export function sessionCookieName(): string {
  return getConfig().publicUrl.startsWith("https:") ? "__Secure-authjs.session-token" : "authjs.session-token";
}

// Decrypting the cookie is most of what reading it costs, and the request policy and the page read the same value in
// every request: recent values are kept with what they decrypt to, in this process only, until the token's own
// expiry. A key is a whole encrypted cookie, so an entry only ever serves the browser that holds that session.
const DECODED_LIMIT = 5000;
type Decoded = { token: JWT; until: number; secret: string; salt: string };
const decoded: Map<string, Decoded> = ((globalThis as { portalDecodedSessions?: Map<string, Decoded> }).portalDecodedSessions ??=
  new Map());

/** The token in the session cookie's value, or null when there is none or it does not decrypt with our secret. */
export async function decodeSessionCookie(value: string | undefined): Promise<JWT | null> {
  if (!value) return null;
  const now = Date.now();
  const [secret, salt] = [getConfig().authSecret, sessionCookieName()];
  const known = decoded.get(value);
  if (known && known.until > now && known.secret === secret && known.salt === salt) return known.token;
  let token: JWT | null;
  try {
    token = await decode({ token: value, secret, salt });
  } catch {
    token = null;
  }
  if (token && typeof token.exp === "number") {
    if (decoded.size >= DECODED_LIMIT) decoded.delete(decoded.keys().next().value!);
    decoded.set(value, { token: Object.freeze(token), until: token.exp * 1000, secret, salt });
  }
  return token;
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
