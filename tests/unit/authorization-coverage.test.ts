// docs/authorization.md must name every exported server action and every route handler (ASVS 8.1.1), and each
// row of its actions table must say what the code does: the module that exports the action, the guard it is
// made with, who it admits, and the objects it reaches.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GUARD, type Guard } from "@/lib/safe-action";

const root = path.resolve(__dirname, "../..");
const matrix = readFileSync(path.join(root, "docs/authorization.md"), "utf8");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const sources = ["app", "lib", "components"].flatMap((dir) => files(path.join(root, dir))).filter((f) => /\.tsx?$/.test(f));

/** The rows of the "Server actions" table: action, module, guard, anon, client, staff, admin, object scope. */
function actionRows(): string[][] {
  const section = matrix.split("## Server actions")[1]!.split("\n## ")[0]!;
  return section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

// Who each guard admits, as the role columns must show it (✔ first, or ✘ for a refusal).
const admits: Record<Exclude<Guard, "public">, Record<"anon" | "client" | "staff" | "admin", boolean>> = {
  account: { anon: false, client: true, staff: true, admin: true },
  member: { anon: false, client: true, staff: true, admin: true },
  client: { anon: false, client: true, staff: false, admin: false },
  staff: { anon: false, client: false, staff: true, admin: true },
  admin: { anon: false, client: false, staff: false, admin: true },
};

describe("docs/authorization.md", () => {
  it("lists every exported server action", () => {
    const actionNames = sources
      .filter((file) => /^\s*["']use server["']/.test(readFileSync(file, "utf8")))
      .flatMap((file) => [...readFileSync(file, "utf8").matchAll(/^export const (\w+)/gm)].map((m) => m[1]!));
    expect(actionNames.length).toBeGreaterThan(0);
    expect(actionNames.filter((name) => !matrix.includes(`\`${name}\``))).toEqual([]);
  });

  it("names for each action the module that exports it, its guard, the roles it admits and an object scope", async () => {
    const rows = actionRows();
    expect(rows.length).toBeGreaterThan(40);
    const wrong: string[] = [];
    for (const [cell, moduleCell, guard, ...rest] of rows) {
      const name = cell!.replaceAll("`", "");
      const file = moduleCell!.replaceAll("`", "");
      const action = ((await import(path.join(root, file))) as Record<string, unknown>)[name] as Record<symbol, unknown> | undefined;
      if (!action) wrong.push(`${name}: not exported by ${file}`);
      else if (action[GUARD] !== guard) wrong.push(`${name}: guard ${String(action[GUARD])}, the table says ${guard}`);
      const [anon, client, staff, admin, scope] = rest;
      if (!scope || scope.length < 4) wrong.push(`${name}: no object scope`);
      if (guard !== "public" && guard! in admits) {
        const shown = {
          anon: anon!.startsWith("✔"),
          client: client!.startsWith("✔"),
          staff: staff!.startsWith("✔"),
          admin: admin!.startsWith("✔"),
        };
        if (JSON.stringify(shown) !== JSON.stringify(admits[guard as keyof typeof admits]))
          wrong.push(`${name}: role columns do not match ${guard}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("lists every route handler", () => {
    const routes = sources.filter((file) => path.basename(file) === "route.ts").map((file) => path.relative(root, file));
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.filter((route) => !matrix.includes(`\`${route}\``))).toEqual([]);
  });
});
