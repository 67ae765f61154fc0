// The UI strings of the Dutch catalogue, for tests of which strings a page ships (issue 12).
import { readFileSync } from "node:fs";

export const nl = JSON.parse(readFileSync(new URL("../../../messages/nl.json", import.meta.url), "utf8")) as Record<string, unknown>;

/** Plain-text UI strings (no ICU arguments, no characters a JSON or HTML encoder would escape) of some namespaces. */
export function plainStrings(messages: Record<string, unknown>, namespaces: (name: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (typeof node === "string") {
      if (node.length >= 25 && /^[A-Za-z ,.]+$/.test(node)) found.push(node);
    } else if (node && typeof node === "object") Object.values(node).forEach(walk);
  };
  for (const [name, value] of Object.entries(messages)) if (namespaces(name)) walk(value);
  return found;
}
