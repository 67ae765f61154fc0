import type { JWT } from "@auth/core/jwt";

/** SECURITY.md: a session ends after 30 minutes without activity and 12 hours after sign-in, whatever happens. */
export const SESSION_IDLE_SECONDS = 30 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

export type SessionTimes = { authTime?: number; seenAt?: number };

/** Whether a session with these times (ms since epoch) may still be used at `now`; missing times never pass. */
export function sessionExpiry({ authTime, seenAt }: SessionTimes, now: number): "ok" | "idle" | "absolute" {
  if (typeof authTime !== "number" || now - authTime >= SESSION_ABSOLUTE_SECONDS * 1000) return "absolute";
  if (typeof seenAt !== "number" || now - seenAt >= SESSION_IDLE_SECONDS * 1000) return "idle";
  return "ok";
}

/**
 * A brand-new token at every sign-in: nothing of a cookie the browser already had is carried over, so signing
 * in again replaces a session instead of extending it. 2-step verification (later) starts it as "pending".
 */
export function freshToken(user: { id: string; sessionVersion?: number }, now: number): JWT {
  return { sub: user.id, uid: user.id, sv: user.sessionVersion, stage: "full", authTime: now, seenAt: now };
}

/**
 * Every read of the session (page, proxy, action) passes here: an expired token is dropped (next-auth then
 * clears the cookie), a live one is marked as seen now. The cookie's own 30-minute expiry is the idle limit in
 * the browser; `seenAt` enforces it on the server even if an old cookie is replayed.
 */
export function continueToken(token: JWT, now: number): JWT | null {
  if (sessionExpiry(token, now) !== "ok") return null;
  return { ...token, seenAt: now };
}
