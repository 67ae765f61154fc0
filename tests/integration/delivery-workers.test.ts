// Delivery that never loses or doubles a mail, against a local stand-in for Resend (the real SDK over HTTP):
// provider errors and hangs are retried, a worker killed between sending and marking causes at most one
// duplicate (none when the provider honours the idempotency key), and two worker processes on one PostgreSQL
// deliver 500 queued mails exactly once between them.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { outbox } from "@/db/schema";
import { deliverPending } from "@/lib/notify/deliver";
import { deliverAllDue } from "@/lib/notify/delivery-loop";
import { startFakeProviderServer, type FakeProviderServer } from "../support/fake-provider-server";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, serverUrl, type TestDatabase } from "../support/test-database";
import { startWorkerProcess, until } from "../support/worker-process";

let provider: FakeProviderServer;
let dataDir: string;

const mailEnv = () => ({
  RESEND_API_KEY: "re_test_key_123",
  RESEND_BASE_URL: provider.url,
  EMAIL_FROM: "Notariaat <portaal@notariaat.test>",
  PORTAL_PUBLIC_URL: "https://portaal.example.nl",
  DATA_DIR: dataDir,
});

async function queue(db: Database, n: number): Promise<string[]> {
  const rows = Array.from({ length: n }, (_, i) => ({
    channel: "email" as const,
    recipient: `klant${i}@example.test`,
    template: "invitation",
    locale: "nl" as const,
    data: { subject: "Welkom", text: "Welkom" },
  }));
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += 250) {
    ids.push(
      ...(
        await db
          .insert(outbox)
          .values(rows.slice(i, i + 250))
          .returning({ id: outbox.id })
      ).map((r) => r.id),
    );
  }
  return ids;
}

const emailRequests = () => provider.requests.filter((r) => r.method === "POST" && r.path === "/emails");
const keysOf = () => emailRequests().map((r) => r.headers["idempotency-key"] as string);

/** `npm run worker` in its own process, on the given database, mailing through the fake provider. */
const startWorker = (database: { url?: string; dir?: string }) =>
  startWorkerProcess({ ...mailEnv(), ...(database.url ? { DATABASE_URL: database.url } : { DATA_DIR: database.dir! }) });

beforeAll(async () => {
  provider = await startFakeProviderServer();
  dataDir = mkdtempSync(path.join(os.tmpdir(), "klantenportaal-workers-"));
});
beforeEach(() => provider.reset());
afterAll(async () => {
  await provider?.close();
});

describe("retries against a failing provider", { timeout: 60_000 }, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    configureProcess(mailEnv(), database);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("500, 500, then 200: exactly one delivered mail after three attempts, each logged", async () => {
    const [id] = await queue(database.db, 1);
    provider.serverErrors = 2;
    const lines: { attempt: number; outcome: string }[] = [];
    const logger = pino({}, { write: (line: string) => void lines.push(JSON.parse(line) as { attempt: number; outcome: string }) });
    let now = new Date(Date.now() + 1_000);
    for (let round = 0; round < 3; round++) {
      await deliverPending(database.db, { now, logger });
      const [row] = await database.db.select().from(outbox).where(eq(outbox.id, id!));
      now = new Date(row!.nextAttemptAt.getTime() + 1_000);
    }
    const [row] = await database.db.select().from(outbox).where(eq(outbox.id, id!));
    expect(row).toMatchObject({ status: "sent", attempts: 2 });
    expect(provider.deliveries).toBe(1);
    expect(keysOf()).toEqual([id, id, id]);
    expect(lines.map((line) => [line.attempt, line.outcome])).toEqual([
      [1, "retry"],
      [2, "retry"],
      [3, "sent"],
    ]);
  });

  it("a provider that does not answer counts as a failed try and is retried", async () => {
    const [id] = await queue(database.db, 1);
    provider.holding = true;
    const now = new Date(Date.now() + 1_000);
    expect(await deliverPending(database.db, { now })).toEqual({ sent: 0, failed: 1, dropped: 0 }); // after the driver's 15 s timeout
    provider.holding = false;
    const [waiting] = await database.db.select().from(outbox).where(eq(outbox.id, id!));
    expect(waiting).toMatchObject({ status: "pending", attempts: 1 });
    expect(await deliverPending(database.db, { now: new Date(waiting!.nextAttemptAt.getTime() + 1_000) })).toEqual({
      sent: 1,
      failed: 0,
      dropped: 0,
    });
  });
});

describe("a worker killed between sending and marking", { timeout: 120_000 }, () => {
  // Each case: one queued mail, the provider receives it but the worker dies before the answer arrives; the
  // claim runs out after two minutes and the mail is sent again with the same idempotency key.
  for (const honours of [true, false]) {
    it(honours ? "sends no duplicate when the provider honours the idempotency key" : "sends at most one duplicate otherwise", async () => {
      const postgres = serverUrl() !== undefined;
      const database = postgres ? await createTestDatabase() : null;
      const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "klantenportaal-crash-")), "db");
      const open = async () => (database ? database : await openDatabase({ kind: "pglite", dir }));
      let handle = await open();
      try {
        if (!database) await migrateDatabase(handle.db, "pglite");
        const [id] = await queue(handle.db, 1);
        if (!database) await handle.close(); // the embedded database allows one process at a time
        provider.holding = true;
        provider.honourIdempotency = honours;

        const worker = startWorker(database ? { url: database.url } : { dir: path.dirname(dir) });
        await until(() => emailRequests().length === 1, 60_000);
        worker.child.kill("SIGKILL");
        await worker.exited;
        provider.holding = false;

        if (!database) handle = await open();
        const [claimed] = await handle.db.select().from(outbox).where(eq(outbox.id, id!));
        expect(claimed).toMatchObject({ status: "pending", attempts: 0 }); // sent, but never marked
        configureProcess(mailEnv(), handle);
        const afterClaim = new Date(claimed!.nextAttemptAt.getTime() + 1_000);
        expect(await deliverPending(handle.db, { now: afterClaim })).toEqual({ sent: 1, failed: 0, dropped: 0 });
        expect(keysOf()).toEqual([id, id]);
        expect(provider.deliveries).toBe(honours ? 1 : 2);
      } finally {
        await handle.close();
      }
    });
  }
});

describe("several delivery processes on one database", { timeout: 180_000 }, () => {
  it("deliver 500 queued mails exactly once between them", async () => {
    const database = await createTestDatabase();
    try {
      provider.honourIdempotency = false; // count every send: a duplicate must show
      const ids = await queue(database.db, 500);
      if (database.url) {
        // Two `npm run worker` processes on the same PostgreSQL.
        const workers = [startWorker({ url: database.url }), startWorker({ url: database.url })];
        await until(async () => {
          const [row] = await database.db.select({ n: count() }).from(outbox).where(eq(outbox.status, "sent"));
          return row!.n === 500;
        }, 150_000);
        for (const worker of workers) worker.child.kill("SIGTERM");
        await Promise.all(workers.map((worker) => worker.exited));
      } else {
        // The embedded database is one process by nature: two concurrent rounds in this one.
        configureProcess(mailEnv(), database);
        await Promise.all([deliverAllDue(database.db), deliverAllDue(database.db)]);
      }
      expect(provider.deliveries).toBe(500);
      expect(new Set(keysOf()).size).toBe(500);
      expect([...new Set(keysOf())].sort()).toEqual([...ids].sort());
    } finally {
      await database.close();
    }
  });
});
