// `npm run worker` as an operator runs it: its own process on an embedded database, delivering what is queued,
// refusing a second opener of the same data folder, and stopping cleanly on SIGTERM.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { outbox, rateLimits } from "@/db/schema";
import { startWorkerProcess, until } from "../support/worker-process";

const startWorker = (dataDir: string) => startWorkerProcess({ DATA_DIR: dataDir, PORTAL_PUBLIC_URL: "https://portal.example.test" });

describe("npm run worker", { timeout: 120_000 }, () => {
  it("delivers queued mail, prunes old rate-limit counters, refuses a second worker on the same embedded database, and stops on SIGTERM", async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "klantenportaal-worker-"));
    const handle = await openDatabase({ kind: "pglite", dir: path.join(dataDir, "db") });
    let id: string;
    try {
      await migrateDatabase(handle.db, "pglite");
      const [row] = await handle.db
        .insert(outbox)
        .values({
          channel: "email",
          recipient: "anna@example.test",
          template: "invitation",
          locale: "nl",
          data: { subject: "Welkom", text: "Welkom" },
        })
        .returning({ id: outbox.id });
      id = row!.id;
      const hourAgo = new Date(Date.now() - 60 * 60_000);
      await handle.db.insert(rateLimits).values([
        { key: "login-ip:192.0.2.1", windowStart: new Date(Date.now() - 3 * 24 * 60 * 60_000), count: 4 },
        { key: "login-ip:192.0.2.1", windowStart: hourAgo, count: 2 },
      ]);
    } finally {
      await handle.close();
    }

    const worker = startWorker(dataDir);
    await until(() => worker.output().stdout.includes("worker running"), 60_000);
    const second = startWorker(dataDir);
    expect(await second.exited).toBe(1);
    expect(second.output().lines.find((line) => line.level === 60)?.msg).toMatch(/^DATA_DIR: the embedded database is in use/);

    await new Promise((resolve) => setTimeout(resolve, 7_000)); // one delivery round (every 5 s)
    worker.child.kill("SIGTERM");
    expect(await worker.exited).toBe(0);

    const after = await openDatabase({ kind: "pglite", dir: path.join(dataDir, "db") });
    try {
      const [row] = await after.db.select().from(outbox).where(eq(outbox.id, id));
      expect(row).toMatchObject({ status: "sent" });
      const counters = await after.db.select().from(rateLimits);
      expect(counters.map((counter) => counter.count)).toEqual([2]);
    } finally {
      await after.close();
    }
  });
});
