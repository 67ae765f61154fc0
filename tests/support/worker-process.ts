// `npm run worker` in a child process for integration tests (see start-process.ts for its environment).
import { startScript } from "./start-process";

export function startWorkerProcess(env: Record<string, string>) {
  const worker = startScript("worker.mts", [], env);
  return { ...worker, started: () => worker.output().stdout.includes("worker running") };
}

/** Polls `check` every 100 ms until it holds; throws after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
