// bench/budgets.json against the figures of one run.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { FLOOR_DYNAMIC } from "./cases.mts";
import type { FilesResult } from "./files.mts";
import type { Measurement } from "./measure.mts";

const METRICS = [
  "requestsPerSecond",
  "latencyP975Ms",
  "firstLoadJsGzipKB",
  "lighthousePerformance",
  "lighthouseAccessibility",
  "uploadThroughputRatio",
  "downloadThroughputRatio",
  "serverRssGrowthMB",
] as const;
export type Metric = (typeof METRICS)[number];

const budgetSchema = z
  .object({
    id: z.string().min(1),
    says: z.string().min(1),
    metric: z.enum(METRICS),
    pages: z.array(z.string().min(1)).min(1),
    relativeTo: z.string().min(1).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .refine((b) => (b.min === undefined) !== (b.max === undefined), "each budget has exactly one of min and max");

const fileSchema = z.object({ description: z.string().optional(), budgets: z.array(budgetSchema) });

export type Budget = z.infer<typeof budgetSchema>;

export function readBudgets(file = path.join("bench", "budgets.json")): Budget[] {
  return fileSchema.parse(JSON.parse(readFileSync(file, "utf8"))).budgets;
}

export type LighthouseScores = { performance: number; accessibility: number };

export type Figures = {
  measurements: Map<string, Measurement>;
  lighthouse: Map<string, LighthouseScores> | null;
  /** The big-file case, budgeted as page "big-file". */
  files: FilesResult | null;
};

export type BudgetCheck = {
  id: string;
  page: string;
  says: string;
  /** The measured value (a ratio when the budget has relativeTo), null when not measured in this run. */
  value: number | null;
  limit: string;
  result: "pass" | "miss" | "not measured";
};

function metricOf(figures: Figures, page: string, metric: Metric): number | null {
  if (metric === "uploadThroughputRatio") return figures.files?.uploadRatio ?? null;
  if (metric === "downloadThroughputRatio") return figures.files?.downloadRatio ?? null;
  if (metric === "serverRssGrowthMB") {
    const growth = figures.files?.serverRssGrowthBytes;
    return growth === null || growth === undefined ? null : growth / (1024 * 1024);
  }
  if (metric === "lighthousePerformance" || metric === "lighthouseAccessibility") {
    const scores = figures.lighthouse?.get(page);
    if (!scores) return null;
    return metric === "lighthousePerformance" ? scores.performance : scores.accessibility;
  }
  const m = figures.measurements.get(page);
  if (!m) return null;
  if (metric === "firstLoadJsGzipKB") return m.firstLoadJs ? m.firstLoadJs.gzipBytes / 1000 : null;
  return m[metric];
}

/**
 * A page's speed as a fraction of the floor's dynamic page measured right before it (`floorBeside`), else of the
 * run's floor measurement: a budget relative to another page compares these, so that the machine's drift between
 * the two measurements cancels out.
 */
function besideFloor(figures: Figures, page: string, metric: "requestsPerSecond" | "latencyP975Ms"): number | null {
  const m = figures.measurements.get(page);
  const floor = m?.floorBeside ?? figures.measurements.get(FLOOR_DYNAMIC);
  if (!m || !floor || floor[metric] === 0) return null;
  return page === FLOOR_DYNAMIC ? 1 : m[metric] / floor[metric];
}

export function checkBudgets(budgets: Budget[], figures: Figures): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  for (const budget of budgets) {
    for (const page of budget.pages) {
      let value: number | null;
      if (budget.relativeTo && (budget.metric === "requestsPerSecond" || budget.metric === "latencyP975Ms")) {
        const [own, base] = [besideFloor(figures, page, budget.metric), besideFloor(figures, budget.relativeTo, budget.metric)];
        value = own !== null && base ? own / base : null;
      } else {
        value = metricOf(figures, page, budget.metric);
        if (value !== null && budget.relativeTo) {
          const base = metricOf(figures, budget.relativeTo, budget.metric);
          value = base ? value / base : null;
        }
      }
      const bound = budget.min ?? budget.max!;
      const limit = `${budget.min !== undefined ? "≥" : "≤"} ${bound}${budget.relativeTo ? `× ${budget.relativeTo}` : ""}`;
      const result =
        value === null ? "not measured" : (budget.min !== undefined ? value >= budget.min : value <= budget.max!) ? "pass" : "miss";
      checks.push({ id: budget.id, page, says: budget.says, value, limit, result });
    }
  }
  return checks;
}
