// The pending session through next-auth itself: a client POSTing its own update to /api/auth/session cannot make
// it full; only a challenge the database says is verified promotes it, once, into a new session.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { decode, encode } from "@auth/core/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handlers } from "@/lib/auth/next-auth";
import { freshToken } from "@/lib/auth/session-policy";
import { startLoginChallenge, verifyLoginCode } from "@/lib/auth/two-factor/login";
import { createTotpSecret, encodeTotpSecret, generateTotp } from "@/lib/auth/two-factor/totp";
import { getConfig } from "@/lib/config";
import { createOffice, createUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const COOKIE = "authjs.session-token";
const CSRF = "authjs.csrf-token";
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  configureProcess({ AUTH_SECRET: "z".repeat(40), DATA_DIR: mkdtempSync(path.join(tmpdir(), "two-factor-session-")) }, database);
});
afterAll(async () => {
  configureProcess({ AUTH_SECRET: undefined });
  await database?.close();
});

/** POST /api/auth/session as a browser can: its own cookie, a valid CSRF pair, and any payload it likes. */
async function postUpdate(token: object, data: object) {
  const csrfResponse = await handlers.GET(new Request("http://localhost/api/auth/csrf", { headers: { host: "localhost" } }) as never);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = csrfResponse.headers
    .getSetCookie()
    .find((line) => line.startsWith(`${CSRF}=`))!
    .split(";")[0]!;
  const session = await encode({ token, secret: getConfig().authSecret, salt: COOKIE, maxAge: 30 * 60 });
  const response = await handlers.POST(
    new Request("http://localhost/api/auth/session", {
      method: "POST",
      headers: { host: "localhost", "content-type": "application/json", cookie: `${csrfCookie}; ${COOKIE}=${session}` },
      body: JSON.stringify({ csrfToken, data }),
    }) as never,
  );
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${COOKIE}=`));
  const value = cookie ? cookie.split(";")[0]!.slice(COOKIE.length + 1) : "";
  return value ? await decode({ token: value, secret: getConfig().authSecret, salt: COOKIE }) : null;
}

describe("promotion of a pending session", () => {
  it("ignores the update payload and promotes only a verified challenge, once, with a new sign-in time", async () => {
    const office = await createOffice(database.db);
    const secret = createTotpSecret();
    const user = await createUser(database.db, office.id, "client", { twoFactorMethod: "totp", totpSecret: encodeTotpSecret(secret) });
    const challengeId = await startLoginChallenge({ userId: user.userId, ip: null });
    const signedInAt = Date.now() - 60_000;
    const pending = freshToken({ id: user.userId, sessionVersion: 1, challengeId }, signedInAt);
    expect(pending).toMatchObject({ stage: "pending", challengeId });

    const forged = await postUpdate(pending, { stage: "full", challengeId, uid: "someone-else" });
    expect(forged).toMatchObject({ stage: "pending", uid: user.userId, authTime: signedInAt });

    expect(await verifyLoginCode({ pending: { userId: user.userId, challengeId }, code: generateTotp(secret), ip: null })).toBe("ok");
    const promoted = await postUpdate(pending, {});
    expect(promoted).toMatchObject({ stage: "full", uid: user.userId, sv: 1 });
    expect(promoted?.challengeId).toBeUndefined();
    expect(promoted!.authTime).toBeGreaterThan(signedInAt);

    // The same pending cookie again (e.g. replayed): the challenge is used up.
    expect(await postUpdate(pending, {})).toMatchObject({ stage: "pending" });
  });
});
