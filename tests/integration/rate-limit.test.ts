import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countInWindow, countSince, hit, pruneRateLimits, resetKey } from "@/lib/auth/rate-limit";
import { pruneExpiredRows } from "@/lib/jobs/pruning";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const window = { limit: 3, windowMs: 15 * 60_000 };
const at = (iso: string) => new Date(iso);

describe("fixed-window rate limits in the database", () => {
  it("allow up to the limit within a window and refuse after it", async () => {
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await hit(database.db, "login:a", window, at("2026-11-25T10:01:00Z")));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(await countInWindow(database.db, "login:a", window, at("2026-11-25T10:14:59Z"))).toBe(4);
  });

  it("start counting again in the next window, and keep keys apart", async () => {
    expect((await hit(database.db, "login:a", window, at("2026-11-25T10:15:00Z"))).count).toBe(1);
    expect((await hit(database.db, "login:b", window, at("2026-11-25T10:15:00Z"))).count).toBe(1);
    expect(await countSince(database.db, "login:a", at("2026-11-25T09:00:00Z"))).toBe(5);
  });

  it("count concurrent hits exactly once each", async () => {
    await Promise.all(Array.from({ length: 10 }, () => hit(database.db, "sms:x", window, at("2026-11-25T11:00:00Z"))));
    expect(await countInWindow(database.db, "sms:x", window, at("2026-11-25T11:00:00Z"))).toBe(10);
  });

  it("reset a key and prune old windows", async () => {
    await resetKey(database.db, "login:b");
    expect(await countInWindow(database.db, "login:b", window, at("2026-11-25T10:15:00Z"))).toBe(0);
    await pruneRateLimits(database.db, at("2026-11-25T10:10:00Z"));
    expect(await countSince(database.db, "login:a", at("2026-11-25T00:00:00Z"))).toBe(1);
  });
});

describe("pruning (lib/jobs/pruning.ts)", () => {
  it("drops the windows that started more than two days ago and keeps the rest, a day-long SMS window included", async () => {
    const now = at("2026-12-10T12:00:00Z");
    const day = { limit: 10, windowMs: 24 * 60 * 60_000 };
    await hit(database.db, "prune:old", window, at("2026-12-01T08:00:00Z"));
    await hit(database.db, "prune:edge", window, at("2026-12-08T11:45:00Z"));
    await hit(database.db, "prune:recent", window, at("2026-12-10T11:50:00Z"));
    await hit(database.db, "prune:day", day, at("2026-12-09T23:00:00Z"));
    await pruneExpiredRows(database.db, now);
    expect(await countSince(database.db, "prune:old", at("2000-01-01T00:00:00Z"))).toBe(0);
    expect(await countSince(database.db, "prune:edge", at("2000-01-01T00:00:00Z"))).toBe(0);
    expect(await countSince(database.db, "prune:recent", at("2000-01-01T00:00:00Z"))).toBe(1);
    expect(await countSince(database.db, "prune:day", at("2000-01-01T00:00:00Z"))).toBe(1);
  });
});
