// Single-use link tokens: 32 random bytes in the link (base64url, 43 characters), SHA-256 hex in the database.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateToken, hashToken, isWellFormedToken } from "@/lib/auth/tokens";

describe("generateToken", () => {
  it("gives 32 random bytes as 43 base64url characters, and their SHA-256 hex as the hash", () => {
    const { token, hash } = generateToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hash).not.toContain(token);
  });

  it("never repeats", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => generateToken().token));
    expect(tokens.size).toBe(1000);
  });
});

describe("hashToken", () => {
  it("is deterministic and differs for a token one character off", () => {
    const { token } = generateToken();
    expect(hashToken(token)).toBe(hashToken(token));
    const other = (token[0] === "A" ? "B" : "A") + token.slice(1);
    expect(hashToken(other)).not.toBe(hashToken(token));
  });
});

describe("isWellFormedToken", () => {
  it.each([
    ["a generated token", generateToken().token, true],
    ["too short", "abc", false],
    ["44 characters", "a".repeat(44), false],
    ["padding", `${"a".repeat(42)}=`, false],
    ["standard base64 characters", `${"a".repeat(42)}+`, false],
    ["a path", `${"a".repeat(40)}/..`, false],
  ])("%s", (_name, token, expected) => {
    expect(isWellFormedToken(token)).toBe(expected);
  });
});
