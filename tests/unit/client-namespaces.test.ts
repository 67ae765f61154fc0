// A page ships only the UI strings its client components use (i18n/client-namespaces.ts). These checks fail
// when a client component starts using a namespace its area does not ship (it would show a raw key), and
// when an area ships what it must not (admin or e-mail texts to clients).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, pickMessages, type ClientArea } from "@/i18n/client-namespaces";
import nl from "@/messages/nl.json";

const root = path.resolve(__dirname, "../..");

function files(target: string): string[] {
  const full = path.join(root, target);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full).flatMap((name) => files(path.join(target, name)));
}

/** Client components reachable in each area (shared folders count for every area that renders them). */
const SHARED = [
  "components/ui",
  "components/messages",
  "components/uploads",
  "components/account",
  "components/dossiers",
  "components/logout-button.tsx",
];
const AREA_SOURCES: Record<Exclude<ClientArea, "root">, string[]> = {
  auth: ["components/auth", "components/ui"],
  portal: ["components/portal", ...SHARED],
  admin: ["components/admin", ...SHARED],
};

const namespaces = new Set(Object.keys(nl));

/** Every message path a client component names: `useTranslations("a.b")` and literal keys "a.b…". */
function pathsUsed(source: string): string[] {
  const used = [...source.matchAll(/useTranslations\("([a-z_.]+)"\)/g)].map((match) => match[1]!);
  for (const match of source.matchAll(/["'`]([a-z_]+)\.([a-z0-9_.]+)["'`]/g)) {
    if (namespaces.has(match[1]!)) used.push(`${match[1]}.${match[2]}`);
  }
  return used;
}

const covers = (shipped: readonly string[], used: string) => shipped.some((entry) => used === entry || used.startsWith(`${entry}.`));

describe("UI strings shipped to the browser", () => {
  for (const [area, sources] of Object.entries(AREA_SOURCES) as [Exclude<ClientArea, "root">, string[]][]) {
    it(`the ${area} area ships every namespace its client components use`, () => {
      const missing: string[] = [];
      for (const file of sources.flatMap(files)) {
        const source = readFileSync(file, "utf8");
        if (!/^["']use client["']/m.test(source)) continue;
        for (const used of pathsUsed(source)) {
          if (!covers(CLIENT_NAMESPACES[area], used)) missing.push(`${path.relative(root, file)}: ${used}`);
        }
      }
      expect(missing).toEqual([]);
    });
  }

  it("the client's portal ships no admin, e-mail or SMS texts, and far from all strings", () => {
    const portal = CLIENT_NAMESPACES.portal as readonly string[];
    expect(portal.filter((name) => name.startsWith("admin") || ["email", "sms", "dev_outbox", "staff", "clients"].includes(name))).toEqual(
      [],
    );
    const shipped = JSON.stringify(pickMessages(nl, portal)).length;
    expect(shipped).toBeLessThan(JSON.stringify(nl).length / 2);
  });

  it("picks whole namespaces and dotted paths, and nothing else", () => {
    const messages = { a: { x: "1", y: { z: "2" } }, b: { w: "3" }, c: "4" };
    expect(pickMessages(messages, ["b", "a.y", "missing", "c"])).toEqual({ b: { w: "3" }, a: { y: { z: "2" } }, c: "4" });
    expect(pickMessages(messages, ["a.y.z", "a.x"])).toEqual({ a: { x: "1", y: { z: "2" } } });
  });
});
