import { describe, expect, it } from "vitest";
import { normaliseMobile } from "@/lib/phone";

describe("normaliseMobile", () => {
  it.each([
    ["31612345678", "+31612345678"],
    ["+31 6 1234 5678", "+31612345678"],
    ["06-12345678", "+31612345678"],
    ["0612345678", "+31612345678"],
    ["0031612345678", "+31612345678"],
    ["(06) 123 456 78", "+31612345678"],
    ["32470123456", "+32470123456"],
    ["+49 151 23456789", "+4915123456789"],
  ])("accepts %s as %s", (input, expected) => {
    expect(normaliseMobile(input)).toBe(expected);
  });

  it.each([
    ["0201234567", "a Dutch landline"],
    ["31201234567", "a Dutch landline in the manual's form (docs/client-manual.md M-2FA-2)"],
    ["+1 202 555 0143", "a country outside the allowlist"],
    ["612345678x", "letters"],
    ["", "nothing"],
    ["3161234", "too short"],
  ])("refuses %s (%s)", (input) => {
    expect(normaliseMobile(input)).toBeNull();
  });
});
