// The shapes and hashes of SMS codes and recovery codes (docs/security-requirements.md "2-step verification").
import { describe, expect, it } from "vitest";
import { generateRecoveryCode, hashRecoveryCode, normaliseRecoveryCode, verifyRecoveryCode } from "@/lib/auth/two-factor/recovery-code";
import { generateSmsCode, hashSmsCode, sameHash } from "@/lib/auth/two-factor/sms-code";

const SECRET = "s".repeat(40);
const CHALLENGE = "6f1c1c2e-1d0b-4f5e-9a53-1f2d3c4b5a69";

describe("SMS codes", () => {
  it("are six digits and spread over the whole range (leading zeros kept)", () => {
    const codes = Array.from({ length: 2000 }, generateSmsCode);
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(1990);
    expect(new Set(codes.map((code) => code[0])).size).toBe(10);
  });

  it("are stored as an HMAC bound to the secret and the challenge", () => {
    const hash = hashSmsCode(SECRET, CHALLENGE, "123456");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain("123456");
    expect(hashSmsCode(SECRET, CHALLENGE, "123456")).toBe(hash);
    expect(hashSmsCode(SECRET, CHALLENGE, "123457")).not.toBe(hash);
    expect(hashSmsCode("t".repeat(40), CHALLENGE, "123456")).not.toBe(hash);
    expect(hashSmsCode(SECRET, "7f1c1c2e-1d0b-4f5e-9a53-1f2d3c4b5a69", "123456")).not.toBe(hash);
  });

  it("compare hashes exactly, refusing other lengths and empty values", () => {
    const hash = hashSmsCode(SECRET, CHALLENGE, "000000");
    expect(sameHash(hash, hash)).toBe(true);
    expect(sameHash(hash, hashSmsCode(SECRET, CHALLENGE, "000001"))).toBe(false);
    expect(sameHash(hash, hash.slice(0, 62))).toBe(false);
    expect(sameHash("", "")).toBe(false);
  });
});

describe("recovery codes", () => {
  it("are 24 base32 characters in six groups of four: 120 bits", () => {
    const codes = Array.from({ length: 500 }, generateRecoveryCode);
    for (const code of codes) expect(code).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$/);
    expect(new Set(codes).size).toBe(codes.length);
    // 24 characters × 5 bits each ≥ 112 bits; every symbol of the alphabet shows up.
    expect(normaliseRecoveryCode(codes[0]!).length * 5).toBeGreaterThanOrEqual(112);
    expect(new Set(codes.join("").replace(/-/g, "")).size).toBe(32);
  });

  it("hash to SHA-256 of the normalised code, however it is typed", () => {
    const code = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX";
    const hash = hashRecoveryCode(code);
    expect(hash).toBe("bfa1d0dfcedae314ea4f7b7b3153216e435372c9aa0c331aec04e3f0fb8bae12");
    expect(hashRecoveryCode("abcd efgh ijkl mnop qrst uvwx")).toBe(hash);
    expect(hashRecoveryCode("ABCDEFGHIJKLMNOPQRSTUVWX")).toBe(hash);
    expect(hashRecoveryCode("ABCD-EFGH-IJKL-MNOP-QRST-UVWY")).not.toBe(hash);
  });

  it("verify against the stored hash only when the code is right", () => {
    const code = generateRecoveryCode();
    const stored = hashRecoveryCode(code);
    expect(verifyRecoveryCode(stored, code.toLowerCase())).toBe(true);
    expect(verifyRecoveryCode(stored, generateRecoveryCode())).toBe(false);
    expect(verifyRecoveryCode(stored, "")).toBe(false);
    expect(verifyRecoveryCode(null, code)).toBe(false);
  });
});
