// One case: check the answer first (a page that errors or sends the bench to /login fails the run before any
// load is generated), then warm up and measure with autocannon.
import autocannon from "autocannon";
import type { Case } from "./cases.mts";
import type { CookieJar } from "./cookie-jar.mts";
import { measureFirstLoadJs, type FirstLoadJs } from "./first-load-js.mts";

export type LoadSettings = { connections: number; duration: number; warmup: number };

/** A page slower than this many answers per connection in the window is measured again over a longer one. */
const EXTENDED_DURATION = (settings: LoadSettings) => Math.max(30, settings.duration * 3);

export type Measurement = {
  name: string;
  label: string;
  url: string;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP975Ms: number;
  /** Bytes read per answer (headers and body, uncompressed: autocannon asks for no encoding). */
  bytesPerResponse: number;
  requests: number;
  /** Seconds of load measured: `--duration`, or longer when too few answers completed in it. */
  durationSeconds: number;
  /** Whether the window was extended (too few answers in `--duration`). */
  extended: boolean;
  /**
   * Requests still unanswered when the window closed (their latency is not in the percentiles): about
   * `connections` whenever the server is saturated, which is normal for a closed-loop load.
   */
  unfinished: number;
  /** Answers with another status than the case expects, plus connection errors and timeouts (30 s). */
  failures: number;
  statusCounts: Record<string, number>;
  firstLoadJs: FirstLoadJs | null;
  /**
   * The floor's dynamic page measured right before this page (portal pages only): the machine's speed drifts by
   * tens of percent within minutes, so each ratio is taken against the floor as it ran next to the page.
   */
  floorBeside?: FloorFigures;
};

export type FloorFigures = { requestsPerSecond: number; latencyP975Ms: number };

export class CaseFailure extends Error {}

/** One request as the load generator will send it; throws a CaseFailure unless the status is the expected one. */
export async function checkCase(testCase: Case, origin: string, jar: CookieJar | null): Promise<{ body: string }> {
  const response = await fetch(`${origin}${testCase.path}`, {
    redirect: "manual",
    headers: jar ? { cookie: jar.header() } : {},
  });
  const body = await response.text();
  jar?.absorb(response);
  const location = response.headers.get("location") ?? "";
  if (response.status !== testCase.status) {
    const where = location ? ` → ${location}` : "";
    throw new CaseFailure(`${testCase.name}: GET ${testCase.path} answered ${response.status}${where}, expected ${testCase.status}`);
  }
  if (testCase.status === 303 && (location.startsWith("/login") || new URL(location, origin).origin === new URL(origin).origin)) {
    throw new CaseFailure(`${testCase.name}: GET ${testCase.path} redirected to ${location}, expected the storage's signed URL`);
  }
  return { body };
}

/** Seconds of load on a freshly started server before anything of it is measured (see bench/run.mts). */
export const WARM_UP_SECONDS = 15;

/** Load on each signed-out page for WARM_UP_SECONDS, one after the other, not measured. */
export async function warmUp(targets: { origin: string; testCase: Case }[], settings: LoadSettings): Promise<void> {
  for (const { origin, testCase } of targets) {
    await checkCase(testCase, origin, null);
    await autocannon({ url: `${origin}${testCase.path}`, connections: settings.connections, duration: WARM_UP_SECONDS, timeout: 30 });
  }
}

/** Between loads: the server must be done with the previous load before the next one starts. */
export type Settle = () => Promise<void>;

export async function measureCase(
  testCase: Case,
  origin: string,
  jar: CookieJar | null,
  settings: LoadSettings,
  settle: Settle,
): Promise<Measurement> {
  const { body } = await checkCase(testCase, origin, jar);
  const firstLoadJs = testCase.clientPage ? await measureFirstLoadJs(origin, body) : null;
  const url = `${origin}${testCase.path}`;
  const headers: Record<string, string> = jar ? { cookie: jar.header() } : {};
  // A slow page must show up as latency, not as autocannon's default 10-second timeouts.
  const load = { url, headers, connections: settings.connections, timeout: 30 };
  if (settings.warmup > 0) {
    await settle();
    await autocannon({ ...load, duration: settings.warmup });
  }
  await settle();
  let duration = settings.duration;
  let result = await autocannon({ ...load, duration });
  if (result.requests.total < settings.connections) {
    // Fewer answers than connections: most requests were still open when the window closed, and the
    // percentiles would describe only the lucky few. Measure once more over a window long enough to finish.
    duration = EXTENDED_DURATION(settings);
    console.log(
      `  ${testCase.name.padEnd(22)} only ${result.requests.total} answers in ${settings.duration} s; measuring again over ${duration} s`,
    );
    await settle();
    result = await autocannon({ ...load, duration });
  }
  const statusCounts: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) statusCounts[code] = stats.count ?? 0;
  const unexpected = Object.entries(statusCounts)
    .filter(([code]) => Number(code) !== testCase.status)
    .reduce((sum, [, n]) => sum + n, 0);
  return {
    name: testCase.name,
    label: testCase.label,
    url: testCase.path,
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP975Ms: result.latency.p97_5,
    bytesPerResponse: result.requests.total > 0 ? Math.round(result.throughput.total / result.requests.total) : 0,
    requests: result.requests.total,
    durationSeconds: duration,
    extended: duration !== settings.duration,
    unfinished: Math.max(0, result.requests.sent - result.requests.total),
    failures: unexpected + result.errors + result.timeouts,
    statusCounts,
    firstLoadJs,
  };
}
