import { DrizzleQueryError } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { errorText, redactContact } from "@/lib/log";

describe("redactContact", () => {
  it("masks e-mail addresses and phone numbers in provider errors, and keeps the rest", () => {
    expect(redactContact("Invalid `to` field: jan.jansen@example.nl is not allowed")).toBe("Invalid `to` field: [e-mail] is not allowed");
    expect(redactContact("Non White-listed Destination - rejected: 31612345678")).toBe("Non White-listed Destination - rejected: [number]");
    expect(redactContact("bad number +31 6 1234 5678.")).toBe("bad number [number].");
    expect(redactContact("429 rate_limit_exceeded")).toBe("429 rate_limit_exceeded");
  });
});

describe("errorText", () => {
  it("keeps an error's name and message, with contact details masked", () => {
    expect(errorText(new TypeError("no mail for jan@example.nl"))).toBe("TypeError: no mail for [e-mail]");
    expect(errorText("plain")).toBe("plain");
  });

  it("leaves out a failed query's parameters and keeps the database's error", () => {
    const cause = new Error('duplicate key value violates unique constraint "users_email_key"');
    const error = new DrizzleQueryError("insert into users (email, name) values ($1, $2)", ["jan@example.nl", "Jan Jansen"], cause);
    expect(error.message).toContain("Jan Jansen");
    const text = errorText(error);
    expect(text).toContain("insert into users");
    expect(text).toContain("users_email_key");
    expect(text).not.toMatch(/Jan Jansen|jan@example|\[e-mail\]/);
  });
});
