import type { JWT } from "@auth/core/jwt";

/** docs/security-requirements.md 7.3.x: a session ends after 30 minutes without activity and 12 hours after sign-in, whatever happens. */
export const SESSION_IDLE_SECONDS = 30 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
/**
 * A navigation re-issues the session cookie (new idle expiry) once it is this old, not on every response:
 * re-encrypting it each time cost more than a page's own queries. Activity within the last 5 minutes before
 * going idle may therefore not count: the idle limit is effectively between 25 and 30 minutes.
 */
export const SESSION_REFRESH_SECONDS = 5 * 60;

export type SessionTimes = { authTime?: number; seenAt?: number };

/** Whether a session with these times (ms since epoch) may still be used at `now`; missing times never pass. */
export function sessionExpiry({ authTime, seenAt }: SessionTimes, now: number): "ok" | "idle" | "absolute" {
  if (typeof authTime !== "number" || now - authTime >= SESSION_ABSOLUTE_SECONDS * 1000) return "absolute";
  if (typeof seenAt !== "number" || now - seenAt >= SESSION_IDLE_SECONDS * 1000) return "idle";
  return "ok";
}

/**
 * A brand-new token at every sign-in and at the second step: nothing of a cookie the browser already had is
 * carried over, so signing in replaces a session instead of extending it. With a challenge (2-step on) the
 * session is "pending" until the jwt callback promotes it; the challenge id is always made by the server. Each
 * token names a new session id, which Uitloggen ends on the server (lib/auth/ended-sessions.ts).
 */
export function freshToken(user: { id: string; sessionVersion?: number; challengeId?: string }, now: number): JWT {
  const base = { sub: user.id, uid: user.id, sv: user.sessionVersion, sid: crypto.randomUUID(), authTime: now, seenAt: now };
  return user.challengeId ? { ...base, stage: "pending", challengeId: user.challengeId } : { ...base, stage: "full" };
}

/**
 * Every read of the session (page, action, the re-issue in lib/auth/session-refresh.ts) passes here: an expired token is dropped (next-auth then
 * clears the cookie), a live one is marked as seen now. The cookie's own 30-minute expiry is the idle limit in
 * the browser; `seenAt` enforces it on the server even if an old cookie is replayed.
 */
export function continueToken(token: JWT, now: number): JWT | null {
  if (sessionExpiry(token, now) !== "ok") return null;
  return { ...token, seenAt: now };
}
