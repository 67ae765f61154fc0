// The request page must not tell, by its timing, whether an address has an account: known and unknown
// addresses take the same path. A generous bound (50 ms between medians) keeps this stable on slow machines.
import { afterAll, beforeAll, expect, it } from "vitest";
import { requestSetPasswordAction } from "@/lib/auth/set-password/actions";
import { runWithRequestContext } from "@/lib/safe-action";
import { createOffice, createUser, type TestOffice } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const TRIES = 30;
let database: TestDatabase;
let office: TestOffice;

beforeAll(async () => {
  database = await createTestDatabase();
  configureProcess({ PORTAL_PUBLIC_URL: "https://portal.example.test" }, database);
  office = await createOffice(database.db);
});
afterAll(async () => {
  await database?.close();
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2;
}

/** One request from its own IP for an address never used before, so no limit is reached: the real paths. */
async function timed(email: string, ip: string): Promise<{ ms: number; result: unknown }> {
  const start = performance.now();
  const result = await runWithRequestContext({ office, viewer: null, ip }, () => requestSetPasswordAction({ email }));
  return { ms: performance.now() - start, result };
}

it(`answers known and unknown addresses alike, medians within 50 ms over ${TRIES} tries each`, async () => {
  const known = await Promise.all(
    Array.from({ length: TRIES }, (_, i) =>
      createUser(database.db, office.id, "client", { status: "invited", email: `bekend-${i}@example.test` }),
    ),
  );
  await timed("opwarmen@example.test", "198.51.100.250"); // first call loads modules and warms the database
  const knownTimes: number[] = [];
  const unknownTimes: number[] = [];
  // Interleaved, so drift over the run (GC, caches) affects both sides equally.
  for (let i = 0; i < TRIES; i++) {
    const a = await timed(known[i]!.email, `198.51.100.${i}`);
    const b = await timed(`onbekend-${i}@example.test`, `198.51.101.${i}`);
    expect(b.result).toEqual(a.result);
    knownTimes.push(a.ms);
    unknownTimes.push(b.ms);
  }
  expect(Math.abs(median(knownTimes) - median(unknownTimes))).toBeLessThan(50);
});
