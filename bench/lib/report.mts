// The printed tables and the results file.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BudgetCheck, LighthouseScores } from "./budgets.mts";
import { FLOOR_DYNAMIC } from "./cases.mts";
import type { Measurement } from "./measure.mts";

const fixed = (n: number, digits = 0) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (n: number) => `${fixed(n)} ms`;
const kb = (bytes: number) => `${fixed(bytes / 1000, 1)} KB`;

function table(header: string[], rows: string[][], rightAligned: (i: number) => boolean): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (rightAligned(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (rightAligned(i) ? `${"-".repeat(w + 1)}:` : `:${"-".repeat(w + 1)}`)).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

export type Ratios = { requestsPerSecond: number; latencyP975: number };

export function ratiosToFloor(measurements: Measurement[]): Map<string, Ratios> {
  const floor = measurements.find((m) => m.name === FLOOR_DYNAMIC);
  const ratios = new Map<string, Ratios>();
  if (!floor) return ratios;
  for (const m of measurements) {
    const beside = m.floorBeside ?? floor;
    ratios.set(m.name, {
      requestsPerSecond: m.requestsPerSecond / beside.requestsPerSecond,
      latencyP975: m.latencyP975Ms / beside.latencyP975Ms,
    });
  }
  return ratios;
}

/** The results table, in Markdown (it is pasted into issues and the README as is). */
export function measurementTable(measurements: Measurement[], ratios: Map<string, Ratios>): string {
  const header = [
    "page",
    "req/s",
    "p50",
    "p97.5",
    "bytes",
    "failed",
    "req/s ÷ floor",
    "p97.5 ÷ floor",
    "first-load JS (gzip)",
    "inline bytes",
  ];
  const rows = measurements.map((m) => {
    const r = ratios.get(m.name);
    return [
      m.extended ? `${m.label} (over ${m.durationSeconds} s)` : m.label,
      fixed(m.requestsPerSecond, 1),
      ms(m.latencyP50Ms),
      ms(m.latencyP975Ms),
      kb(m.bytesPerResponse),
      fixed(m.failures),
      r ? `${fixed(r.requestsPerSecond, 2)}×` : "",
      r ? `${fixed(r.latencyP975, 2)}×` : "",
      m.firstLoadJs ? `${kb(m.firstLoadJs.gzipBytes)} (${m.firstLoadJs.chunks})` : "",
      m.firstLoadJs ? kb(m.firstLoadJs.inlineBytes) : "",
    ];
  });
  return table(header, rows, (i) => i > 0);
}

export function lighthouseTable(scores: Map<string, LighthouseScores>): string {
  return table(
    ["page", "performance", "accessibility"],
    [...scores].map(([page, s]) => [page, String(s.performance), String(s.accessibility)]),
    (i) => i > 0,
  );
}

export function budgetTable(checks: BudgetCheck[]): string {
  return table(
    ["budget", "page", "measured", "limit", "result"],
    checks.map((c) => [c.id, c.page, c.value === null ? "–" : fixed(c.value, 2), c.limit, c.result === "miss" ? "MISSED" : c.result]),
    (i) => i === 2,
  );
}

/** Writes bench/results/<YYYY-MM-DD>.json (a second run on the same day replaces it) and returns its path. */
export function writeResults(results: Record<string, unknown>, date: Date): string {
  const dir = path.join("bench", "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${date.toISOString().slice(0, 10)}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
