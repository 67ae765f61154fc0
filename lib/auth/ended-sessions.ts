import "server-only";
import { eq, lt, notExists, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { endedSessions } from "@/db/schema";
import { SESSION_ABSOLUTE_SECONDS } from "./session-policy";

// Uitloggen ends the session of this device only; the account's other sessions go on (Andere sessies beëindigen
// ends those). The cookie is cleared in the browser, and the session's id is listed here so that a copy of the
// cookie is refused too (docs/security-requirements.md 7.4.1).

/** The session a cookie names: its id and when it was signed in (ms since epoch). */
export type SessionRef = { sid: string; uid: string; authTime: number };

/** Lists the session as ended until it would have reached its absolute limit anyway. */
export async function endSession(tx: Executor, session: SessionRef): Promise<void> {
  await tx
    .insert(endedSessions)
    .values({ sessionId: session.sid, userId: session.uid, expiresAt: new Date(session.authTime + SESSION_ABSOLUTE_SECONDS * 1000) })
    .onConflictDoNothing();
}

/** A condition for the viewer's query: this session was not ended. */
export function sessionNotEnded(db: Executor, sid: string): SQL {
  return notExists(db.select({ one: endedSessions.sessionId }).from(endedSessions).where(eq(endedSessions.sessionId, sid)));
}

/** Forgets ended sessions whose cookies would have expired by `now` anyway. */
export async function pruneEndedSessions(db: Executor, now: Date): Promise<void> {
  await db.delete(endedSessions).where(lt(endedSessions.expiresAt, now));
}
