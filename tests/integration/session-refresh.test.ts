// The portal's HTTP server re-issues the session cookie (a new 30-minute idle expiry) only once it is
// SESSION_REFRESH_SECONDS old, not on every response (issue 12: re-encrypting it cost more than a page's queries),
// and still clears an expired one. Runs lib/http/request-policy.ts, as scripts/lib/portal-server.mjs does, in a
// real HTTP server.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "@auth/core/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeSessionCookie } from "@/lib/auth/session-cookie";
import { freshToken, SESSION_REFRESH_SECONDS } from "@/lib/auth/session-policy";
import { getConfig } from "@/lib/config";
import { applyRequestPolicy } from "@/lib/http/request-policy";
import { configureProcess } from "../support/process-config";

const COOKIE = "authjs.session-token";
const minutes = (n: number) => n * 60_000;
let server: Server;
let origin: string;

beforeAll(async () => {
  configureProcess({ AUTH_SECRET: "test-secret-for-session-refresh-0123456789", PORTAL_PUBLIC_URL: "http://localhost:3000" });
  server = createServer((request, response) => {
    applyRequestPolicy(request, response).then(
      () => response.end(JSON.stringify({ csp: request.headers["content-security-policy"] ?? null })),
      (error: unknown) => {
        response.statusCode = 500;
        response.end(String(error));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  configureProcess({ AUTH_SECRET: undefined, PORTAL_PUBLIC_URL: undefined });
});

async function cookieFor(seenAgoMs: number) {
  const now = Date.now();
  const token = { ...freshToken({ id: "u1", sessionVersion: 1 }, now - minutes(60)), seenAt: now - seenAgoMs };
  return encode({ token, secret: getConfig().authSecret, salt: COOKIE, maxAge: 30 * 60 });
}

async function navigate(cookie: string | null, method = "GET", path = "/dossiers") {
  const response = await fetch(`${origin}${path}`, { method, headers: cookie ? { cookie: `other=1; ${COOKIE}=${cookie}` } : {} });
  expect(response.status).toBe(200);
  return { response, sessionCookie: response.headers.getSetCookie().find((line) => line.startsWith(`${COOKIE}=`)) ?? null };
}

describe("re-issuing the session cookie", () => {
  it("leaves a cookie issued less than the refresh interval ago alone", async () => {
    const { response, sessionCookie } = await navigate(await cookieFor(SESSION_REFRESH_SECONDS * 1000 - minutes(1)));
    expect(sessionCookie).toBeNull();
    // The security headers still come with every answer.
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("re-issues an older one with seenAt now and a fresh 30-minute expiry", async () => {
    const { sessionCookie } = await navigate(await cookieFor(SESSION_REFRESH_SECONDS * 1000 + minutes(1)));
    expect(sessionCookie).not.toBeNull();
    const token = await decodeSessionCookie(/^[^=]+=([^;]+)/.exec(sessionCookie!)![1]);
    expect(Date.now() - (token!.seenAt as number)).toBeLessThan(5000);
    const expires = Date.parse(/Expires=([^;]+)/i.exec(sessionCookie!)![1]!);
    expect(expires - Date.now()).toBeGreaterThan(minutes(29));
  });

  it("clears a cookie idle for 30 minutes", async () => {
    const { sessionCookie } = await navigate(await cookieFor(minutes(31)));
    expect(sessionCookie).toMatch(/^authjs\.session-token=;|Max-Age=0|Expires=Thu, 01 Jan 1970/i);
  });

  it("sets no session cookie without one, for a cookie it cannot read, or on a POST", async () => {
    expect((await navigate(null)).sessionCookie).toBeNull();
    expect((await navigate("not-a-token")).sessionCookie).toBeNull();
    expect((await navigate(await cookieFor(minutes(10)), "POST")).sessionCookie).toBeNull();
    expect((await navigate(await cookieFor(minutes(10)), "GET", "/api/auth/session")).sessionCookie).toBeNull();
  });
});

describe("reading the session cookie", () => {
  it("decrypts a value once and then serves it from memory, never under another secret, never past its expiry", async () => {
    const value = await cookieFor(minutes(1));
    const first = await decodeSessionCookie(value);
    expect(first?.uid).toBe("u1");
    expect(await decodeSessionCookie(value)).toBe(first);
    const secret = getConfig().authSecret;
    configureProcess({ AUTH_SECRET: "another-secret-for-session-refresh-987654321" });
    try {
      expect(await decodeSessionCookie(value)).toBeNull();
    } finally {
      configureProcess({ AUTH_SECRET: secret });
    }
    const expired = await encode({
      token: { ...freshToken({ id: "u2", sessionVersion: 1 }, Date.now()) },
      secret,
      salt: COOKIE,
      maxAge: -60,
    });
    expect(await decodeSessionCookie(expired)).toBeNull();
  });
});
