// Every literal message key in the code ("errors.required", "admin_clients.title") exists in the catalogues:
// a missing one would show as a raw key, or throw, in front of a user.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import nl from "@/messages/nl.json";

const root = path.resolve(__dirname, "../..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

function has(messages: unknown, key: string): boolean {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object" || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return true;
}

const namespaces = new Set(Object.keys(nl));

describe("message keys in the code", () => {
  it("exist in messages/nl.json (and so, by the other test, in en.json)", () => {
    const missing: string[] = [];
    for (const file of ["app", "components", "lib"].flatMap((dir) => files(path.join(root, dir)))) {
      const source = readFileSync(file, "utf8");
      for (const match of source.matchAll(/["'`]([a-z_]+)\.([a-z0-9_]+(?:\.[a-z0-9_]+)*)["'`]/g)) {
        const key = `${match[1]}.${match[2]}`;
        // Audit action names ("auth.sign_in", "staff.disable") and log events ("uploads.cleaned") share the dotted
        // form but are not message keys.
        // Nor are the scopes of UI strings shipped to the browser (`<AreaIntlProvider area="admin.messages">`).
        if (/(action|event):\s*$|area=$/.test(source.slice(Math.max(0, match.index - 12), match.index))) continue;
        const line = source.slice(source.lastIndexOf("\n", match.index) + 1, match.index).trimStart();
        if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*")) continue;
        if (namespaces.has(match[1]!) && !has(nl, key)) missing.push(`${path.relative(root, file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
