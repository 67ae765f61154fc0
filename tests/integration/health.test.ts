import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/health/route";
import { outbox } from "@/db/schema";
import { PEER_HEADER } from "@/lib/client-ip";
import { log } from "@/lib/log";
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

const HEALTH_TOKEN = "health-token-for-the-monitor-0123456789";

function storageAt(endpoint: string) {
  return {
    DATA_DIR: dataDir,
    S3_ENDPOINT: endpoint,
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    S3_BUCKET: TEST_BUCKET,
    HEALTH_TOKEN,
  };
}

/** A request as the portal's server hands it on: the connection's address in PEER_HEADER. */
const probe = (headers: Record<string, string> = {}, peer = "127.0.0.1") =>
  new Request("http://localhost/api/health", { headers: { [PEER_HEADER]: peer, ...headers } });

describe("GET /api/health", () => {
  it("answers 200 when the database and the storage are reachable", async () => {
    configureProcess(storageAt(s3.endpoint), database);
    const response = await GET(probe());
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
    const body = (await (await GET(probe())).json()) as { outbox: { pending: number; oldestPendingSeconds: number; failed: number } };
    expect(body.outbox.pending).toBe(2);
    expect(body.outbox.failed).toBe(1);
    expect(body.outbox.oldestPendingSeconds).toBeGreaterThanOrEqual(595);
    expect(body.outbox.oldestPendingSeconds).toBeLessThan(700);
    await database.db.delete(outbox);
  });

  it("answers 503 when the storage is unreachable", async () => {
    configureProcess(storageAt("http://127.0.0.1:1"), database);
    const response = await GET(probe());
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "unavailable", database: "ok", storage: "unreachable" });
  });

  it("answers 503 when the database is unreachable", async () => {
    const closed = await createTestDatabase();
    await closed.close();
    configureProcess(storageAt(s3.endpoint), closed);
    const logged = vi.spyOn(log, "error").mockImplementation(() => {});
    const response = await GET(probe());
    expect(logged).toHaveBeenCalledWith({ event: "health.database_unreachable", error: expect.any(String) }, expect.any(String));
    logged.mockRestore();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ database: "unreachable", storage: "ok" });
  });

  describe("who sees the details", () => {
    const remote = "198.51.100.20";

    it("tells a request from elsewhere only the status, forged headers or not", async () => {
      configureProcess(storageAt(s3.endpoint), database);
      const forgeries: Record<string, string>[] = [
        {},
        { "x-forwarded-for": "127.0.0.1" },
        { authorization: "Bearer wrong-token-wrong-token-wrong-token" },
        { authorization: HEALTH_TOKEN },
      ];
      for (const headers of forgeries) {
        const response = await GET(probe(headers, remote));
        expect(response.status).toBe(200);
        expect(await response.json(), JSON.stringify(headers)).toEqual({ status: "ok" });
      }
      configureProcess({ ...storageAt("http://127.0.0.1:1"), HEALTH_TOKEN: undefined });
      const down = await GET(probe({ authorization: `Bearer ${HEALTH_TOKEN}` }, remote));
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: "unavailable" });
    });

    it("gives the details for the HEALTH_TOKEN or to the loopback address", async () => {
      configureProcess(storageAt(s3.endpoint), database);
      const withToken = await (await GET(probe({ authorization: `Bearer ${HEALTH_TOKEN}` }, remote))).json();
      expect(withToken).toMatchObject({ status: "ok", database: "ok", storage: "ok", outbox: { failed: 0 } });
      for (const peer of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) {
        expect(await (await GET(probe({}, peer))).json(), peer).toHaveProperty("outbox");
      }
    });

    it("believes a proxy's loopback entry only as far as TRUSTED_PROXY_HOPS says", async () => {
      configureProcess({ ...storageAt(s3.endpoint), TRUSTED_PROXY_HOPS: "1" }, database);
      try {
        // The proxy on this machine connects from loopback; the client it serves is elsewhere.
        expect(await (await GET(probe({ "x-forwarded-for": remote }))).json()).toEqual({ status: "ok" });
        expect(await (await GET(probe({ "x-forwarded-for": `${remote}, 127.0.0.1` }, remote))).json()).toHaveProperty("outbox");
      } finally {
        configureProcess({ TRUSTED_PROXY_HOPS: undefined });
      }
    });
  });
});
