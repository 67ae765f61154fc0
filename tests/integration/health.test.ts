import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/health/route";
import { outbox } from "@/db/schema";
import { startTestS3, TEST_BUCKET, type TestS3 } from "../support/s3-server";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let s3: TestS3;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "klantenportaal-health-"));

beforeAll(async () => {
  [database, s3] = await Promise.all([createTestDatabase(), startTestS3()]);
});
afterAll(async () => {
  await Promise.all([database?.close(), s3?.close()]);
});

function storageAt(endpoint: string) {
  return { DATA_DIR: dataDir, S3_ENDPOINT: endpoint, S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER", S3_BUCKET: TEST_BUCKET };
}

describe("GET /api/health", () => {
  it("answers 200 when the database and the storage are reachable", async () => {
    configureProcess(storageAt(s3.endpoint), database);
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "ok",
      database: "ok",
      storage: "ok",
      outbox: { pending: 0, oldestPendingSeconds: null, failed: 0 },
    });
  });

  it("reports the outbox backlog: waiting rows, the oldest one's age, failed rows", async () => {
    configureProcess(storageAt(s3.endpoint), database);
    const row = (status: "pending" | "sent" | "failed", minutesAgo: number) => ({
      channel: "email" as const,
      recipient: "a@example.test",
      template: "invitation",
      locale: "nl" as const,
      data: { text: "x" },
      status,
      createdAt: new Date(Date.now() - minutesAgo * 60_000),
    });
    await database.db.insert(outbox).values([row("pending", 10), row("pending", 1), row("sent", 60), row("failed", 120)]);
    const body = (await (await GET()).json()) as { outbox: { pending: number; oldestPendingSeconds: number; failed: number } };
    expect(body.outbox.pending).toBe(2);
    expect(body.outbox.failed).toBe(1);
    expect(body.outbox.oldestPendingSeconds).toBeGreaterThanOrEqual(595);
    expect(body.outbox.oldestPendingSeconds).toBeLessThan(700);
    await database.db.delete(outbox);
  });

  it("answers 503 when the storage is unreachable", async () => {
    configureProcess(storageAt("http://127.0.0.1:1"), database);
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "unavailable", database: "ok", storage: "unreachable" });
  });

  it("answers 503 when the database is unreachable", async () => {
    const closed = await createTestDatabase();
    await closed.close();
    configureProcess(storageAt(s3.endpoint), closed);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await GET();
    expect(log).toHaveBeenCalledWith("Health check: database unreachable", expect.anything());
    log.mockRestore();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ database: "unreachable", storage: "ok" });
  });
});
