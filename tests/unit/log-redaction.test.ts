import { describe, expect, it } from "vitest";
import { redactContact } from "@/lib/log";

describe("redactContact", () => {
  it("masks e-mail addresses and phone numbers in provider errors, and keeps the rest", () => {
    expect(redactContact("Invalid `to` field: jan.jansen@example.nl is not allowed")).toBe("Invalid `to` field: [e-mail] is not allowed");
    expect(redactContact("Non White-listed Destination - rejected: 31612345678")).toBe("Non White-listed Destination - rejected: [number]");
    expect(redactContact("bad number +31 6 1234 5678.")).toBe("bad number [number].");
    expect(redactContact("429 rate_limit_exceeded")).toBe("429 rate_limit_exceeded");
  });
});
