// The client's address through the real server (scripts/lib/portal-server.mjs + Next.js): with TRUSTED_PROXY_HOPS=0
// a forged X-Forwarded-For (or a forged private peer header) changes nothing, with 1 the entry the proxy appended
// counts. Also through the real server: the health details, the trimmed session endpoint and a server action
// called with a body that is not JSON.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { DEMO_LOGINS, signInThroughApi } from "./support/portal";

/** The addresses of the office's failed sign-ins, from the admin's audit export (the API context signs in as staff). */
async function failedSignInAddresses(api: APIRequestContext): Promise<string[]> {
  await signInThroughApi(api, DEMO_LOGINS.staff, DEMO_LOGINS.password);
  const response = await api.get("/api/admin/audit/export?action=auth.sign_in_failed");
  expect(response.status()).toBe(200);
  const [header, ...rows] = (await response.text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  const ipColumn = header!.split(",").indexOf("ip");
  expect(ipColumn).toBeGreaterThanOrEqual(0);
  // Rows of unknown accounts have no names, so no quoted commas before the ip column.
  return rows.map((row) => row.split(",")[ipColumn] ?? "");
}

const unknownEmail = (tag: string) => `niemand-${tag}-${Date.now()}@demo.test`;

test.describe("behind one trusted proxy (the e2e server runs with TRUSTED_PROXY_HOPS=1)", () => {
  test("the entry the proxy appended is throttled and audited, not the client's own entries", async ({ request }) => {
    await signInThroughApi(request, unknownEmail("hop"), "wrong-password", { "x-forwarded-for": "203.0.113.99, 192.0.2.77" });
    const addresses = await failedSignInAddresses(request);
    expect(addresses).toContain("192.0.2.77");
    expect(addresses).not.toContain("203.0.113.99");
  });

  test("/api/health gives a client elsewhere only its status, and the details to this machine", async ({ request }) => {
    const remote = await request.get("/api/health", { headers: { "x-forwarded-for": "192.0.2.80", "x-portal-peer": "127.0.0.1" } });
    expect(remote.status()).toBe(200);
    expect(await remote.json()).toEqual({ status: "ok" });
    const local = await request.get("/api/health");
    expect(await local.json()).toMatchObject({ status: "ok", database: "ok", storage: "ok", outbox: { pending: expect.any(Number) } });
  });

  test("/api/auth/session tells a signed-in browser only until when", async ({ request }) => {
    await signInThroughApi(request, DEMO_LOGINS.client, DEMO_LOGINS.password, { "x-forwarded-for": "192.0.2.81" });
    const body = (await (await request.get("/api/auth/session")).json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(["expires"]);
  });

  test("a server action called with a body that is not JSON gets a plain 400; a JSON body still reaches the action", async ({
    request,
  }) => {
    const manifest = JSON.parse(
      readFileSync(path.join(process.env.NEXT_DIST_DIR || ".next", "server/server-reference-manifest.json"), "utf8"),
    ) as {
      node: Record<string, { exportedName: string }>;
    };
    const actionId = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === "chooseLocaleAction")![0];
    const call = (data: string, contentType = "text/plain;charset=UTF-8") =>
      request.post("/login", { headers: { "Next-Action": actionId, "Content-Type": contentType, Accept: "text/x-component" }, data });

    for (const [data, contentType] of [["not json"], ['{"0":'], ["locale=en", "application/x-www-form-urlencoded"]] as const) {
      const response = await call(data, contentType);
      expect(response.status(), data).toBe(400);
      expect(await response.text()).not.toContain("digest");
    }
    const valid = await call(JSON.stringify(["nl"]));
    expect(valid.status()).toBe(200);
  });
});

test.describe("with no trusted proxy (TRUSTED_PROXY_HOPS=0, the default)", () => {
  test.describe.configure({ timeout: 240_000 });
  const port = Number(new URL(baseURL).port) + 2;
  const direct = `http://localhost:${port}`;
  let server: ChildProcess;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    // A second portal on the same build, with its own data folder, database and embedded S3 (scripts/e2e-server.mts).
    server = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/e2e-server.mts"], {
      detached: true,
      stdio: "ignore",
      env: {
        ...process.env,
        PORT: String(port),
        PORTAL_PUBLIC_URL: direct,
        DATA_DIR: `.data/e2e-${port}`,
        S3_EMBEDDED_PORT: String(port + 100),
        PORTAL_MODE: "demo",
        TRUSTED_PROXY_HOPS: "0",
        PORTAL_WORKER: "off",
      },
    });
    for (let i = 0; i < 900; i++) {
      const ready = await fetch(`${direct}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error("the second portal server did not start");
  });

  test.afterAll(() => {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
  });

  test("rotating X-Forwarded-For does not escape the per-IP delay, and the audit log has the connection's address", async () => {
    const api = await playwrightRequest.newContext({ baseURL: direct });
    try {
      const took: number[] = [];
      for (let i = 1; i <= 8; i++) {
        const attempt = await signInThroughApi(api, unknownEmail(`rot${i}`), "wrong-password", {
          "x-forwarded-for": `203.0.113.${i}`,
          "x-portal-peer": `198.51.100.${i}`,
        });
        took.push(attempt.took);
      }
      // Failures 6, 7 and 8 of one address wait 250, 500 and 1000 ms (lib/auth/login-throttle.ts).
      expect(took[7]).toBeGreaterThanOrEqual(1000);
      expect(took[6]).toBeGreaterThanOrEqual(500);

      const addresses = await failedSignInAddresses(api);
      expect(addresses.length).toBeGreaterThanOrEqual(8);
      for (const address of addresses) expect(["127.0.0.1", "::1"]).toContain(address);

      // The forged header does not make a client elsewhere local either: this request is local, by its connection.
      expect(await (await api.get("/api/health", { headers: { "x-forwarded-for": "192.0.2.80" } })).json()).toHaveProperty("outbox");
    } finally {
      await api.dispose();
    }
  });
});
