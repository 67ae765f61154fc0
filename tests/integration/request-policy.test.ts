// The headers every answer gets from lib/http/request-policy.ts (applied by scripts/lib/portal-server.mjs before
// Next.js handles a request), run in a real HTTP server; and proxy.ts, which now only refuses malformed server
// action calls. tests/e2e/shell.spec.ts checks the same headers on the real portal.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyRequestPolicy } from "@/lib/http/request-policy";
import { config as proxyConfig, proxy } from "@/proxy";
import { configureProcess } from "../support/process-config";

let server: Server;
let origin: string;

beforeAll(async () => {
  configureProcess({
    AUTH_SECRET: "test-secret-for-request-policy-0123456789",
    PORTAL_PUBLIC_URL: "http://localhost:3000",
    S3_PUBLIC_URL: "https://files.example.test/bucket",
  });
  server = createServer((request, response) => {
    void applyRequestPolicy(request, response).then(() =>
      // What Next.js would see of the request: the nonce it puts on its scripts comes from this header.
      response.end(
        JSON.stringify({
          csp: request.headers["content-security-policy"] ?? null,
          sub: request.headers["x-middleware-subrequest"] ?? null,
        }),
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  configureProcess({ AUTH_SECRET: undefined, PORTAL_PUBLIC_URL: undefined, S3_PUBLIC_URL: undefined });
});

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${origin}${path}`, { headers });
  const seen = (await response.json()) as { csp: string | null; sub: string | null };
  return { response, seen };
}

const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1] ?? null;

describe("the request policy", () => {
  it("gives a page a CSP with a fresh nonce, the same one Next.js reads from the request, and no-store", async () => {
    const first = await get("/dossiers");
    const csp = first.response.headers.get("content-security-policy");
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("connect-src 'self' https://files.example.test");
    expect(first.seen.csp).toBe(csp);
    expect(first.response.headers.get("cache-control")).toBe("no-store");
    const second = await get("/dossiers");
    expect(nonceOf(second.seen.csp)).not.toBeNull();
    expect(nonceOf(second.seen.csp)).not.toBe(nonceOf(csp));
  });

  it("replaces a CSP a client sends (it would choose the nonce) and drops x-middleware-subrequest", async () => {
    const { response, seen } = await get("/login", {
      "content-security-policy": "script-src 'nonce-chosen-by-attacker'",
      "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware",
    });
    expect(seen.csp).not.toContain("chosen-by-attacker");
    expect(seen.csp).toBe(response.headers.get("content-security-policy"));
    expect(seen.sub).toBeNull();
  });

  it("leaves built files and icons to Next.js, and never passes a client's CSP on to them", async () => {
    for (const path of ["/_next/static/chunks/app.js", "/icons.svg?v=1", "/icon.svg", "/favicon.ico"]) {
      const { response, seen } = await get(path, { "content-security-policy": "script-src 'nonce-x'" });
      expect(response.headers.get("content-security-policy")).toBeNull();
      expect(response.headers.get("cache-control")).toBeNull();
      expect(seen.csp).toBeNull();
    }
    // A page whose name only starts like one of them is a page.
    expect((await get("/icons.svg-not")).response.headers.get("content-security-policy")).not.toBeNull();
  });
});

describe("proxy.ts", () => {
  it("runs only for server action calls", () => {
    expect(proxyConfig.matcher).toEqual([expect.objectContaining({ has: [{ type: "header", key: "next-action" }] })]);
  });

  it("refuses a server action call whose body is neither JSON nor multipart with 400, and passes a JSON one", async () => {
    const call = (body: string, contentType = "text/plain;charset=UTF-8") =>
      proxy(
        new NextRequest("http://localhost:3000/dossiers", {
          method: "POST",
          headers: { "next-action": "abc", "content-type": contentType },
          body,
        }),
      );
    const refused = await call("not json");
    expect(refused.status).toBe(400);
    expect(refused.headers.get("cache-control")).toBe("no-store");
    const passed = await call(JSON.stringify(["x"]));
    expect(passed.headers.get("x-middleware-next")).toBe("1");
  });
});
