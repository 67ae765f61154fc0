// The session rules as next-auth applies them: a session read re-issues the cookie for another 30 minutes,
// and a token idle for 30 minutes or signed in 12 hours ago is refused and its cookie cleared.
import { encode } from "@auth/core/jwt";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as sessionRoute } from "@/app/api/auth/[...nextauth]/route";
import { handlers } from "@/lib/auth/next-auth";
import { freshToken } from "@/lib/auth/session-policy";
import { getConfig } from "@/lib/config";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const COOKIE = "authjs.session-token";
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  configureProcess({ AUTH_SECRET: "test-secret-for-login-session-0123456789" }, database);
});
afterAll(async () => {
  configureProcess({ AUTH_SECRET: undefined });
  await database?.close();
});

async function readSession(token: object, name = COOKIE) {
  const value = await encode({ token, secret: getConfig().authSecret, salt: name, maxAge: 12 * 60 * 60 });
  const response = await handlers.GET(
    new Request("http://localhost/api/auth/session", { headers: { cookie: `${name}=${value}`, host: "localhost" } }) as never,
  );
  const body = (await response.json()) as { uid?: string; authTime?: number } | null;
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${name}=`)) ?? "";
  return { body, cookie };
}

const minutes = (n: number) => n * 60_000;

describe("session lifetime", () => {
  it("re-issues a live session with a 30-minute expiry and keeps its sign-in time", async () => {
    const signedIn = Date.now() - minutes(60);
    const { body, cookie } = await readSession({
      ...freshToken({ id: "u1", sessionVersion: 1 }, signedIn),
      seenAt: Date.now() - minutes(5),
    });
    expect(body).toMatchObject({ uid: "u1", authTime: signedIn });
    const expires = Date.parse(/Expires=([^;]+)/i.exec(cookie)![1]!);
    expect(expires - Date.now()).toBeGreaterThan(minutes(29));
    expect(expires - Date.now()).toBeLessThanOrEqual(minutes(30) + 1000);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it("refuses a token idle for 30 minutes and clears the cookie", async () => {
    const { body, cookie } = await readSession({ ...freshToken({ id: "u1", sessionVersion: 1 }, Date.now() - minutes(40)) });
    expect(body).toBeNull();
    expect(cookie).toMatch(/^authjs\.session-token=;|Max-Age=0|Expires=Thu, 01 Jan 1970/i);
  });

  it("refuses a token signed in 12 hours ago even if it was just used", async () => {
    const token = { ...freshToken({ id: "u1", sessionVersion: 1 }, Date.now() - minutes(12 * 60)), seenAt: Date.now() - minutes(1) };
    const { body } = await readSession(token);
    expect(body).toBeNull();
  });

  it("uses a __Secure- cookie with the Secure flag when the public address is https", async () => {
    configureProcess({ PORTAL_PUBLIC_URL: "https://portal.example.test" });
    try {
      const { body, cookie } = await readSession(freshToken({ id: "u1", sessionVersion: 1 }, Date.now()), `__Secure-${COOKIE}`);
      expect(body).toMatchObject({ uid: "u1" });
      expect(cookie).toMatch(/; Secure/i);
    } finally {
      configureProcess({ PORTAL_PUBLIC_URL: undefined });
    }
  });
});

describe("GET /api/auth/session", () => {
  const get = async (cookie?: string) => {
    const response = await sessionRoute(
      new NextRequest("http://localhost/api/auth/session", { headers: { host: "localhost", ...(cookie ? { cookie } : {}) } }),
    );
    return { response, text: await response.clone().text(), body: (await response.json()) as Record<string, unknown> | null };
  };
  const cookieFor = async (token: object) =>
    `${COOKIE}=${await encode({ token, secret: getConfig().authSecret, salt: COOKIE, maxAge: 12 * 60 * 60 })}`;

  it("tells a browser only until when it is signed in: no user id, session version or sign-in times", async () => {
    const { response, text, body } = await get(await cookieFor(freshToken({ id: "user-id-1", sessionVersion: 7 }, Date.now())));
    expect(response.status).toBe(200);
    expect(Object.keys(body!)).toEqual(["expires"]);
    expect(Date.parse(body!.expires as string)).toBeGreaterThan(Date.now());
    expect(text).not.toContain("user-id-1");
    // The rolling expiry still comes with the answer.
    expect(response.headers.getSetCookie().some((line) => line.startsWith(`${COOKIE}=`))).toBe(true);
  });

  it("does not reveal a pending sign-in's challenge id", async () => {
    const { body, text } = await get(
      await cookieFor(freshToken({ id: "user-id-2", sessionVersion: 1, challengeId: "challenge-id-2" }, Date.now())),
    );
    expect(Object.keys(body!)).toEqual(["expires"]);
    expect(text).not.toMatch(/challenge-id-2|user-id-2|pending/);
  });

  it("answers null when signed out", async () => {
    expect((await get()).body).toBeNull();
  });
});
