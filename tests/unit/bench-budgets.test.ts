// The bench's budgets (bench/lib/budgets.mts): each page's speed is taken against the floor measured right
// before it, so a budget between two portal pages is not decided by the machine's drift between them.
import { describe, expect, it } from "vitest";
import { checkBudgets, type Budget } from "@/bench/lib/budgets.mts";
import type { Measurement } from "@/bench/lib/measure.mts";
import { ratiosToFloor } from "@/bench/lib/report.mts";

function measurement(
  name: string,
  requestsPerSecond: number,
  latencyP975Ms: number,
  floorBeside?: Measurement["floorBeside"],
): Measurement {
  return {
    name,
    label: name,
    url: `/${name}`,
    requestsPerSecond,
    latencyP50Ms: latencyP975Ms / 2,
    latencyP975Ms,
    bytesPerResponse: 1000,
    requests: requestsPerSecond * 10,
    durationSeconds: 10,
    extended: false,
    unfinished: 0,
    failures: 0,
    statusCounts: { 200: requestsPerSecond * 10 },
    firstLoadJs: null,
    ...(floorBeside ? { floorBeside } : {}),
  };
}

const budgets: Budget[] = [
  { id: "req", says: "", metric: "requestsPerSecond", pages: ["small", "big"], relativeTo: "floor-dynamic", min: 0.6 },
  { id: "p975", says: "", metric: "latencyP975Ms", pages: ["small"], relativeTo: "floor-dynamic", max: 2 },
  { id: "big-vs-small", says: "", metric: "requestsPerSecond", pages: ["big"], relativeTo: "small", min: 0.9 },
];

describe("bench budgets", () => {
  // The floor ran at 200 req/s at the start, at 100 next to the small page and at 150 next to the big one.
  const measurements = [
    measurement("floor-dynamic", 200, 400),
    measurement("small", 70, 700, { requestsPerSecond: 100, latencyP975Ms: 400 }),
    measurement("big", 90, 900, { requestsPerSecond: 150, latencyP975Ms: 500 }),
  ];
  const figures = { measurements: new Map(measurements.map((m) => [m.name, m])), lighthouse: null, files: null };

  it("divides each page by the floor measured beside it", () => {
    const checks = checkBudgets(budgets, figures);
    const value = (id: string, page: string) => checks.find((c) => c.id === id && c.page === page)!;
    expect(value("req", "small")).toMatchObject({ value: 0.7, result: "pass" });
    expect(value("req", "big")).toMatchObject({ value: 0.6, result: "pass" });
    expect(value("p975", "small")).toMatchObject({ value: 1.75, result: "pass" });
    // 0.6 / 0.7: the big page is slower than the small one once the floor's drift is taken out (raw 90 vs 70 says faster).
    expect(value("big-vs-small", "big").value).toBeCloseTo(0.857, 3);
    expect(value("big-vs-small", "big").result).toBe("miss");
    expect(ratiosToFloor(measurements).get("small")).toEqual({ requestsPerSecond: 0.7, latencyP975: 1.75 });
  });

  it("uses the run's floor measurement for a page measured without one beside it", () => {
    const alone = [measurement("floor-dynamic", 200, 400), measurement("small", 100, 1000)];
    const checks = checkBudgets(budgets, { measurements: new Map(alone.map((m) => [m.name, m])), lighthouse: null, files: null });
    expect(checks.find((c) => c.id === "req" && c.page === "small")).toMatchObject({ value: 0.5, result: "miss" });
    expect(checks.find((c) => c.id === "req" && c.page === "big")).toMatchObject({ value: null, result: "not measured" });
  });
});
