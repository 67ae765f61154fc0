// docs/authorization.md must name every exported server action and every route handler (ASVS 8.1.1).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const matrix = readFileSync(path.join(root, "docs/authorization.md"), "utf8");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const sources = ["app", "lib", "components"].flatMap((dir) => files(path.join(root, dir))).filter((f) => /\.tsx?$/.test(f));

describe("docs/authorization.md", () => {
  it("lists every exported server action", () => {
    const actionNames = sources
      .filter((file) => /^\s*["']use server["']/.test(readFileSync(file, "utf8")))
      .flatMap((file) => [...readFileSync(file, "utf8").matchAll(/^export const (\w+)/gm)].map((m) => m[1]!));
    expect(actionNames.length).toBeGreaterThan(0);
    expect(actionNames.filter((name) => !matrix.includes(`\`${name}\``))).toEqual([]);
  });

  it("lists every route handler", () => {
    const routes = sources.filter((file) => path.basename(file) === "route.ts").map((file) => path.relative(root, file));
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.filter((route) => !matrix.includes(`\`${route}\``))).toEqual([]);
  });
});
