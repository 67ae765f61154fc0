// Uitloggen ends one session (lib/auth/ended-sessions.ts): the viewer query refuses exactly that session id,
// other sessions of the account go on, and the list forgets a session once its cookie would have expired anyway.
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endedSessions, users } from "@/db/schema";
import { endSession, sessionNotEnded } from "@/lib/auth/ended-sessions";
import { SESSION_ABSOLUTE_SECONDS } from "@/lib/auth/session-policy";
import { pruneExpiredRows } from "@/lib/jobs/pruning";
import { createOffice, createUser } from "../support/fixtures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

async function admitted(userId: string, sid: string): Promise<boolean> {
  const rows = await database.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), sessionNotEnded(database.db, sid)));
  return rows.length === 1;
}

describe("ended sessions", () => {
  it("refuse the ended session and admit the account's other sessions", async () => {
    const office = await createOffice(database.db);
    const client = await createUser(database.db, office.id, "client");
    const laptop = randomUUID();
    const phone = randomUUID();
    expect(await admitted(client.userId, laptop)).toBe(true);
    await endSession(database.db, { sid: laptop, uid: client.userId, authTime: Date.now() });
    // Uitloggen twice (two tabs) is fine.
    await endSession(database.db, { sid: laptop, uid: client.userId, authTime: Date.now() });
    expect(await admitted(client.userId, laptop)).toBe(false);
    expect(await admitted(client.userId, phone)).toBe(true);
  });

  it("are kept until the session's 12-hour limit and then pruned", async () => {
    const office = await createOffice(database.db);
    const client = await createUser(database.db, office.id, "client");
    const signedIn = Date.parse("2026-12-01T08:00:00Z");
    const sid = randomUUID();
    await endSession(database.db, { sid, uid: client.userId, authTime: signedIn });
    const [row] = await database.db.select().from(endedSessions).where(eq(endedSessions.sessionId, sid));
    expect(row!.expiresAt.getTime()).toBe(signedIn + SESSION_ABSOLUTE_SECONDS * 1000);

    await pruneExpiredRows(database.db, new Date(signedIn + SESSION_ABSOLUTE_SECONDS * 1000 - 1000));
    expect(await admitted(client.userId, sid)).toBe(false);
    await pruneExpiredRows(database.db, new Date(signedIn + SESSION_ABSOLUTE_SECONDS * 1000 + 1000));
    const [{ count }] = (await database.db.execute(
      sql`select count(*)::int as count from ended_sessions where session_id = ${sid}`,
    )) as unknown as [{ count: number }];
    expect(count).toBe(0);
  });
});
