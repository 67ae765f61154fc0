import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "@/lib/core/locales";

describe("localeFromAcceptLanguage", () => {
  it.each([
    ["nl-NL,nl;q=0.9,en;q=0.8", "nl"],
    ["en-GB,en;q=0.9", "en"],
    ["de-DE,de;q=0.9,en;q=0.5", "en"],
    ["fr, nl;q=0.1", "nl"],
    ["en;q=0, nl;q=0.2", "nl"],
    ["de", null],
    ["", null],
  ])("%s -> %s", (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});
