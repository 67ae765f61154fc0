// Every export of every 'use server' module must be made with the guarded wrapper (lib/safe-action.ts).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GUARD, GUARDS } from "@/lib/safe-action";

const root = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const serverActionModules = ["app", "lib", "components"]
  .flatMap((dir) => sourceFiles(path.join(root, dir)))
  .filter((file) => /^\s*(\/\/.*\n\s*)*["']use server["']/.test(readFileSync(file, "utf8")));

describe("server actions", () => {
  it("exist (the walk finds the modules)", () => {
    expect(serverActionModules.map((f) => path.relative(root, f))).toContain("lib/auth/actions.ts");
  });

  it.each(serverActionModules.map((f) => [path.relative(root, f)]))("%s exports only guarded actions", async (file) => {
    const actions = (await import(path.join(root, file))) as Record<string, unknown>;
    const exports = Object.entries(actions);
    expect(exports.length).toBeGreaterThan(0);
    const unguarded = exports
      .filter(([, value]) => {
        const guard = typeof value === "function" ? (value as unknown as Record<symbol, unknown>)[GUARD] : undefined;
        return !(GUARDS as readonly unknown[]).includes(guard);
      })
      .map(([name]) => name);
    expect(unguarded).toEqual([]);
  });
});
