import { describe, expect, it } from "vitest";
import { continueToken, freshToken, sessionExpiry, SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "@/lib/auth/session-policy";

const signedIn = Date.parse("2026-11-25T08:00:00Z");
const minutes = (n: number) => n * 60_000;

describe("session expiry as a function of the times", () => {
  it("uses 30 minutes idle and 12 hours absolute", () => {
    expect(SESSION_IDLE_SECONDS).toBe(30 * 60);
    expect(SESSION_ABSOLUTE_SECONDS).toBe(12 * 60 * 60);
  });

  it.each([
    ["just signed in", 0, 0, "ok"],
    ["active 29 minutes ago", minutes(60), minutes(89), "ok"],
    ["idle exactly 30 minutes", minutes(60), minutes(90), "idle"],
    ["idle 31 minutes", 0, minutes(31), "idle"],
    ["active all day, 11h59 after sign-in", minutes(11 * 60 + 58), minutes(11 * 60 + 59), "ok"],
    ["active all day, 12h after sign-in", minutes(11 * 60 + 59), minutes(12 * 60), "absolute"],
    ["active, 13h after sign-in", minutes(13 * 60 - 1), minutes(13 * 60), "absolute"],
  ] as const)("%s → %s", (_label, seenAfter, nowAfter, expected) => {
    expect(sessionExpiry({ authTime: signedIn, seenAt: signedIn + seenAfter }, signedIn + nowAfter)).toBe(expected);
  });

  it("refuses tokens without times (e.g. issued before this rule)", () => {
    expect(sessionExpiry({}, signedIn)).toBe("absolute");
    expect(sessionExpiry({ authTime: signedIn }, signedIn)).toBe("idle");
  });
});

describe("tokens", () => {
  it("a sign-in starts a new token that keeps nothing of an old one", () => {
    const token = freshToken({ id: "u1", sessionVersion: 3 }, signedIn);
    expect(token).toEqual({ sub: "u1", uid: "u1", sv: 3, sid: expect.any(String), stage: "full", authTime: signedIn, seenAt: signedIn });
    // Each token is a session of its own (Uitloggen ends only that one).
    expect(freshToken({ id: "u1", sessionVersion: 3 }, signedIn).sid).not.toBe(token.sid);
  });

  it("a live token is marked as seen; the sign-in time never moves", () => {
    const token = freshToken({ id: "u1", sessionVersion: 1 }, signedIn);
    const later = continueToken(token, signedIn + minutes(20));
    expect(later).toMatchObject({ authTime: signedIn, seenAt: signedIn + minutes(20) });
    expect(continueToken(later!, signedIn + minutes(45))).toMatchObject({ authTime: signedIn });
  });

  it("an idle or too old token is dropped", () => {
    const token = freshToken({ id: "u1", sessionVersion: 1 }, signedIn);
    expect(continueToken(token, signedIn + minutes(30))).toBeNull();
    expect(continueToken({ ...token, seenAt: signedIn + minutes(12 * 60 - 1) }, signedIn + minutes(12 * 60))).toBeNull();
  });
});
