// App codes (TOTP) at fixed times: RFC 6238 appendix B (SHA-1; the 6-digit code is the last six digits).
import { describe, expect, it } from "vitest";
import {
  createTotpSecret,
  decodeTotpSecret,
  encodeTotpSecret,
  generateTotp,
  matchTotpStep,
  totpKeyUri,
  totpQrSvg,
  verifyTotp,
} from "@/lib/auth/two-factor/totp";

const RFC_SECRET = new TextEncoder().encode("12345678901234567890");
const at = (seconds: number) => new Date(seconds * 1000);

describe("TOTP", () => {
  it.each([
    [59, "287082"],
    [1111111109, "081804"],
    [1111111111, "050471"],
    [1234567890, "005924"],
    [2000000000, "279037"],
    [20000000000, "353130"],
  ])("gives the RFC 6238 code at %i s", (seconds, code) => {
    expect(generateTotp(RFC_SECRET, at(seconds))).toBe(code);
    expect(verifyTotp(RFC_SECRET, code, at(seconds))).toBe(true);
  });

  it("accepts one step of drift either way, and no more", () => {
    const now = at(1234567890);
    const step = Math.floor(1234567890 / 30);
    expect(matchTotpStep(RFC_SECRET, generateTotp(RFC_SECRET, at(1234567890 - 30)), now)).toBe(step - 1);
    expect(matchTotpStep(RFC_SECRET, generateTotp(RFC_SECRET, at(1234567890 + 30)), now)).toBe(step + 1);
    expect(verifyTotp(RFC_SECRET, generateTotp(RFC_SECRET, at(1234567890 - 60)), now)).toBe(false);
    expect(verifyTotp(RFC_SECRET, generateTotp(RFC_SECRET, at(1234567890 + 60)), now)).toBe(false);
  });

  it("refuses malformed codes and another secret's code", () => {
    const now = at(1234567890);
    expect(verifyTotp(RFC_SECRET, "", now)).toBe(false);
    expect(verifyTotp(RFC_SECRET, "05924", now)).toBe(false);
    expect(verifyTotp(RFC_SECRET, "0059245", now)).toBe(false);
    expect(verifyTotp(RFC_SECRET, "005 924", now)).toBe(true);
    expect(verifyTotp(createTotpSecret(), "005924", now)).toBe(false);
  });

  it("makes 160-bit secrets that survive base32 and go into an otpauth URI and an SVG QR code", async () => {
    const secret = createTotpSecret();
    expect(secret).toHaveLength(20);
    const encoded = encodeTotpSecret(secret);
    expect(encoded).toMatch(/^[A-Z2-7]{32}$/);
    expect(decodeTotpSecret(encoded.toLowerCase())).toEqual(secret);
    const uri = totpKeyUri({ secret, account: "jan@example.test", issuer: "Notariaat De Vries" });
    expect(uri).toMatch(/^otpauth:\/\/totp\/Notariaat%20De%20Vries:jan%40example\.test\?/);
    const params = new URL(uri).searchParams;
    expect([params.get("secret"), params.get("period"), params.get("digits")]).toEqual([encoded, "30", "6"]);
    const svg = await totpQrSvg(uri);
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).not.toContain("<script");
  });
});
