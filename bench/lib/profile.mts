// `--profile`: after the measurements, one more load on each portal page of the run with the V8 CPU profiler on
// in the Next.js server process (bench/lib/profiler-preload.mjs), so that figures are never taken while profiling.
// Each profile is written to .data/bench/profiles/<case>.cpuprofile (open it in Chrome DevTools) and summed up per
// package, mapped through the build's source maps: where a page's time goes, inclusive and self.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import type { Case } from "./cases.mts";
import type { CookieJar } from "./cookie-jar.mts";
import { checkCase, type LoadSettings, type Settle } from "./measure.mts";

export const PROFILE_DIR = path.join(".data", "bench", "profiles");

/** The environment that makes the portal's server process profilable (see profiler-preload.mjs). */
export function profilerEnv(): Record<string, string> {
  const preload = pathToFileURL(path.resolve("bench", "lib", "profiler-preload.mjs")).href;
  return { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${preload}`.trim(), BENCH_PROFILE_DIR: path.resolve(PROFILE_DIR) };
}

async function signalAndWait(pid: number, marker: string): Promise<void> {
  const file = path.join(PROFILE_DIR, marker);
  // Made here: starting the portal empties its data folder (.data/bench), this one included.
  mkdirSync(PROFILE_DIR, { recursive: true });
  rmSync(file, { force: true });
  process.kill(pid, "SIGUSR2");
  for (let i = 0; i < 600; i++) {
    if (existsSync(file)) return;
    if (existsSync(path.join(PROFILE_DIR, "failed"))) throw new Error(readFileSync(path.join(PROFILE_DIR, "failed"), "utf8"));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not confirm "${marker}" within 60 s`);
}

/** Loads one page for `settings.duration` seconds while the server process `pid` is profiled; returns the file. */
export async function profileCase(
  pid: number,
  testCase: Case,
  origin: string,
  jar: CookieJar | null,
  settings: LoadSettings,
  settle: Settle,
) {
  await checkCase(testCase, origin, jar);
  const load = {
    url: `${origin}${testCase.path}`,
    headers: jar ? { cookie: jar.header() } : {},
    connections: settings.connections,
    timeout: 30,
  };
  await settle();
  if (settings.warmup > 0) await autocannon({ ...load, duration: settings.warmup });
  await signalAndWait(pid, "started");
  await autocannon({ ...load, duration: settings.duration });
  await signalAndWait(pid, "stopped");
  const file = path.join(PROFILE_DIR, `${testCase.name}.cpuprofile`);
  renameSync(path.join(PROFILE_DIR, "profile.cpuprofile"), file);
  return file;
}

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; samples: number[] };

/** Where a frame's code comes from: an npm package, a file of the portal, Node.js itself, or V8 (GC, idle). */
function originOf(frame: ProfileNode["callFrame"], mapFor: (file: string) => SourceMap | null): string {
  if (!frame.url) return frame.functionName.startsWith("(") ? frame.functionName : "(native)";
  if (frame.url.startsWith("node:")) return "node";
  let source = frame.url;
  if (source.startsWith("file://")) {
    const entry = mapFor(source.slice("file://".length))?.findEntry(frame.lineNumber, frame.columnNumber);
    if (entry && "originalSource" in entry && entry.originalSource) source = decodeURIComponent(entry.originalSource);
  }
  // Next.js ships React and its server renderers precompiled inside its own package.
  const compiled = /next\/dist\/compiled\/([^/]+)\/cjs\/([^/.]+)/.exec(source) ?? /\.\/dist\/compiled\/([^/]+)\/cjs\/([^/.]+)/.exec(source);
  if (compiled) return `${compiled[1]} (${compiled[2]!.replace(/-turbopack|\.node|\.production/g, "")})`;
  const modules = source.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const [scope, name] = source.slice(modules + "node_modules/".length).split("/");
    // A package's own source map can lose its name on the way (drizzle-orm's become node_modules/src/…);
    // the bundle's chunk is still named after it.
    const chunk = /node_modules_((?:@[^_/]+_)?[^_/]+)_[^/]*$/.exec(frame.url);
    if (scope === "src" && chunk) return chunk[1]!.replace(/^(@[^_]+)_/, "$1/");
    return scope!.startsWith("@") ? `${scope}/${name}` : scope!;
  }
  if (/^webpack:\/\/next\/|\/src\/(server|client|shared|lib)\//.test(source) || source.includes("[turbopack]")) return "next";
  const own = /(?:^|\/)(app|components|lib|db|i18n|proxy\.ts)(\/.*)?$/.exec(
    source.replace(/^.*?\/work\/[^/]+\//, "").replace(/^(\.\.\/)+/, ""),
  );
  return own ? `portal: ${own[1]}` : "other";
}

/** Inclusive and self share of the samples per origin (a package, the portal's folders, node, GC). */
export function summarizeProfile(file: string, top = 12): string {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const maps = new Map<string, SourceMap | null>();
  const mapFor = (script: string) => {
    if (!maps.has(script)) {
      let map: SourceMap | null = null;
      try {
        if (existsSync(`${script}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${script}.map`, "utf8")));
      } catch {
        map = null;
      }
      maps.set(script, map);
    }
    return maps.get(script)!;
  };
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const origin = new Map(profile.nodes.map((node) => [node.id, originOf(node.callFrame, mapFor)]));
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const sample of profile.samples) {
    const leaf = origin.get(sample)!;
    self.set(leaf, (self.get(leaf) ?? 0) + 1);
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const name = origin.get(id)!;
      // Every stack starts in Node.js's event loop (and V8's microtask runner): their inclusive share says nothing.
      if (name === "(root)" || name === "node" || name === "(native)" || seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
    }
  }
  const total = profile.samples.length;
  const rows = (counts: Map<string, number>) =>
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, n]) => `    ${((100 * n) / total).toFixed(1).padStart(5)} %  ${name}`);
  return [`  ${path.basename(file)}: ${total} samples`, "  inclusive:", ...rows(inclusive), "  self:", ...rows(self)].join("\n");
}
