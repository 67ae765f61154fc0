import "server-only";
import { log } from "@/lib/log";

type Job = { timers: NodeJS.Timeout[]; running: Promise<void> | null };

// On globalThis: development reloads re-evaluate this module, and a second set of timers must not start.
const registry = globalThis as unknown as { portalJobs?: Map<string, Job> };

export type Schedule = {
  everyMs: number;
  /** Delay of the first run after start. */
  firstAfterMs: number;
  /** Whether the timers keep the process alive (`npm run worker`) or not (the web server, whose sockets do). */
  keepAlive: boolean;
};

/**
 * Runs `work` on a schedule, never two runs of one job at once; a failed run is logged and the next one comes on
 * schedule. `stopPeriodicJobs` ends them all, letting a run in progress finish.
 */
export function startPeriodicJob(name: string, schedule: Schedule, work: () => Promise<unknown>): void {
  const jobs = (registry.portalJobs ??= new Map());
  if (jobs.has(name)) return;
  const job: Job = { timers: [], running: null };
  const run = () => {
    if (job.running) return;
    job.running = work()
      .then(() => undefined)
      .catch((error: unknown) => log.error({ event: `${name}.failed`, error: String(error) }, `${name} failed`))
      .finally(() => {
        job.running = null;
      });
  };
  job.timers.push(setTimeout(run, schedule.firstAfterMs), setInterval(run, schedule.everyMs));
  if (!schedule.keepAlive) for (const timer of job.timers) timer.unref();
  jobs.set(name, job);
}

/** Stops every periodic job of this process and waits for the runs in progress (a delivery round) to end. */
export async function stopPeriodicJobs(): Promise<void> {
  const jobs = registry.portalJobs;
  registry.portalJobs = undefined;
  if (!jobs) return;
  for (const job of jobs.values()) for (const timer of job.timers) clearInterval(timer);
  await Promise.all([...jobs.values()].map((job) => job.running));
}
