import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";

function keysOf(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe("messages", () => {
  it("nl.json and en.json have exactly the same keys", () => {
    const nlKeys = keysOf(nl).sort();
    const enKeys = keysOf(en).sort();
    expect(nlKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !nlKeys.includes(k))).toEqual([]);
  });

  it("has no empty strings", () => {
    const empty = (messages: unknown) =>
      keysOf(messages).filter((key) => key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages) === "");
    expect(empty(nl)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });

  it("uses the manual's words (docs/client-manual.md M-HOME-1) in the Dutch UI", () => {
    expect(nl.nav).toMatchObject({ dossiers: "Dossiers", actions: "Acties", account: "Account" });
  });
});
