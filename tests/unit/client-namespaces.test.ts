// A page ships only the UI strings its client components use (i18n/client-namespaces.ts). These checks fail
// when a client component starts using a namespace its area does not ship (it would show a raw key), and
// when an area ships what it must not (admin or e-mail texts to clients).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, FORM_CODES, pickMessages, type ClientArea } from "@/i18n/client-namespaces";
import nl from "@/messages/nl.json";

const root = path.resolve(__dirname, "../..");

function files(target: string): string[] {
  const full = path.join(root, target);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full).flatMap((name) => files(path.join(target, name)));
}

/** Client components reachable in the sign-in pages (the portal's and /admin's are followed page by page below). */
const AREA_SOURCES: Record<"auth", string[]> = {
  auth: ["components/auth", "components/ui"],
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
  for (const [area, sources] of Object.entries(AREA_SOURCES) as [keyof typeof AREA_SOURCES, string[]][]) {
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
    for (const [scope, shipped] of Object.entries(CLIENT_NAMESPACES).filter(
      ([scope]) => scope === "portal" || scope.startsWith("portal."),
    )) {
      const names = shipped as readonly string[];
      expect(
        names.filter((name) => name.startsWith("admin") || ["email", "sms", "dev_outbox", "staff", "clients"].includes(name)),
        scope,
      ).toEqual([]);
      expect(JSON.stringify(pickMessages(nl, names)).length, scope).toBeLessThan(JSON.stringify(nl).length / 2);
    }
  });

  it("picks whole namespaces and dotted paths, and nothing else", () => {
    const messages = { a: { x: "1", y: { z: "2" } }, b: { w: "3" }, c: "4" };
    expect(pickMessages(messages, ["b", "a.y", "missing", "c"])).toEqual({ b: { w: "3" }, a: { y: { z: "2" } }, c: "4" });
    expect(pickMessages(messages, ["a.y.z", "a.x"])).toEqual({ a: { x: "1", y: { z: "2" } } });
  });
});

// --- The client's portal: each page and layout, by what its own client components use (issue 12: "a page ships
// only the UI strings its client components use"). From a page or layout file the imports are followed; once
// they cross into a "use client" file, everything reached from there runs in the browser, and the message paths it
// names must be shipped by the provider the file wraps its content in (`<AreaIntlProvider area="…">`), or else
// by the nearest layout above it that has one. A client file with a root translator (`useTranslations()`) shows
// the codes server actions answer with, so its scope needs the form codes as well.

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g;
const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

const isClientFile = (source: string) => /^["']use client["']/m.test(source);

const imports = (file: string, source: string) =>
  [...source.replace(/^(?:import|export) type [^;]*;/gm, "").matchAll(IMPORT)]
    .map((match) => resolveImport(file, match[1]!))
    .filter((target): target is string => target !== null && !target.includes(`${path.sep}node_modules${path.sep}`));

/**
 * Not followed for action codes: next-auth's set-up, whose sign-in codes only the sign-in pages show (the auth
 * area ships them); elsewhere it is imported for signOut and the session.
 */
const NOT_FOLLOWED = [path.join(root, "lib", "auth", "next-auth.ts")];

/** The codes (`UserError("clients.email_taken")`) a server action file, or anything it calls, can answer with. */
function actionCodes(file: string): string[] {
  const codes = new Set<string>();
  const seen = new Set<string>();
  const visit = (current: string) => {
    if (seen.has(current) || NOT_FOLLOWED.includes(current)) return;
    seen.add(current);
    const source = readFileSync(current, "utf8");
    for (const match of source.matchAll(/UserError\(\s*"([a-z_]+\.[a-z0-9_.]+)"/g)) codes.add(match[1]!);
    for (const target of imports(current, source)) visit(target);
  };
  visit(file);
  return [...codes];
}

/**
 * The message paths the browser code reachable from `file` names, whether it has a root translator, and the codes
 * the server actions it calls can answer with (shown through that translator).
 */
function clientStrings(file: string): { used: string[]; formCodes: string[]; actionCodes: string[] } {
  const used: string[] = [];
  const formCodes: string[] = [];
  const codes: string[] = [];
  const seen = new Map<string, boolean>();
  const visit = (current: string, client: boolean) => {
    if (seen.get(current) === true || (seen.has(current) && !client)) return;
    seen.set(current, client);
    const source = readFileSync(current, "utf8");
    // Server actions run on the server, whoever imports them; the browser only gets a reference, and their answers.
    if (/^["']use server["']/m.test(source)) {
      if (client) codes.push(...actionCodes(current).map((code) => `${path.relative(root, current)}: ${code}`));
      return;
    }
    const inClient = client || isClientFile(source);
    if (inClient) {
      used.push(...pathsUsed(source).map((entry) => `${path.relative(root, current)}: ${entry}`));
      if (/useTranslations\(\)/.test(source)) formCodes.push(path.relative(root, current));
    }
    for (const target of imports(current, source)) visit(target, inClient);
  };
  visit(file, false);
  return { used, formCodes, actionCodes: codes };
}

const PORTAL_ROOT = path.join(root, "app", "(portal)");
const ADMIN_ROOT = path.join(root, "app", "admin");
const scopeIn = (file: string) => /<AreaIntlProvider area="([^"]+)"/.exec(readFileSync(file, "utf8"))?.[1] ?? null;

/** The scope whose strings reach `file`'s client components: its own provider, else the nearest layout's above it. */
function scopeFor(file: string): string | null {
  const own = scopeIn(file);
  if (own) return own;
  const top = file.startsWith(ADMIN_ROOT) ? ADMIN_ROOT : PORTAL_ROOT;
  let dir = path.basename(file) === "layout.tsx" ? path.dirname(path.dirname(file)) : path.dirname(file);
  for (; dir.startsWith(top); dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    const scope = (() => {
      try {
        return scopeIn(layout);
      } catch {
        return null;
      }
    })();
    if (scope) return scope;
  }
  return null;
}

describe("UI strings of the client's portal and of /admin, page by page", () => {
  const routeFiles = [...files("app/(portal)"), ...files("app/admin")].filter((file) => /(^|\/)(page|layout)\.tsx$/.test(file));

  it("finds the pages and layouts", () => {
    expect(routeFiles.filter((file) => file.startsWith(PORTAL_ROOT)).length).toBeGreaterThanOrEqual(10);
    expect(routeFiles.filter((file) => file.startsWith(ADMIN_ROOT)).length).toBeGreaterThanOrEqual(18);
  });

  for (const file of routeFiles) {
    it(`${path.relative(root, file)} ships what its client components use`, () => {
      const scope = scopeFor(file);
      expect(scope, "a provider in the file or a layout above it").not.toBeNull();
      const shipped = CLIENT_NAMESPACES[scope as ClientArea] as readonly string[] | undefined;
      expect(shipped, `scope "${scope}" in i18n/client-namespaces.ts`).toBeDefined();
      const { used, formCodes, actionCodes } = clientStrings(file);
      const missing = [...used, ...actionCodes].filter((entry) => !covers(shipped!, entry.slice(entry.lastIndexOf(": ") + 2)));
      if (formCodes.length > 0)
        missing.push(...FORM_CODES.filter((code) => !covers(shipped!, code)).map((code) => `${formCodes[0]}: ${code} (form codes)`));
      expect(missing).toEqual([]);
    });
  }

  it("an /admin page without client components of its own ships only the frame's strings, not all of /admin's", () => {
    const inbox = path.join(ADMIN_ROOT, "messages", "page.tsx");
    expect(clientStrings(inbox).used).toEqual([]);
    expect(scopeFor(inbox)).toBe("admin");
    expect(JSON.stringify(pickMessages(nl, CLIENT_NAMESPACES.admin)).length).toBeLessThan(1500);
    for (const [scope, shipped] of Object.entries(CLIENT_NAMESPACES).filter(([scope]) => scope.startsWith("admin"))) {
      expect(JSON.stringify(pickMessages(nl, shipped as readonly string[])).length, scope).toBeLessThan(JSON.stringify(nl).length / 3);
    }
  });

  it("a page without client components of its own ships only the portal frame's strings", () => {
    const home = path.join(PORTAL_ROOT, "page.tsx");
    expect(clientStrings(home).used).toEqual([]);
    expect(scopeFor(home)).toBe("portal");
    expect(JSON.stringify(pickMessages(nl, CLIENT_NAMESPACES.portal)).length).toBeLessThan(1500);
  });
});
