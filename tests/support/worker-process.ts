// `npm run worker` in a child process for integration tests, with an environment cleared of anything that would
// point it at another database, store or provider than the one the test gives.
import { spawn } from "node:child_process";

export function startWorkerProcess(env: Record<string, string>) {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(PORTAL_|DATABASE_URL|TEST_DATABASE_URL|DATA_DIR|S3_|AUTH_SECRET|RESEND_|VONAGE_|EMAIL_|SMS_)/.test(name),
    ),
  );
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/worker.mts"], {
    env: { ...inherited, ...env } as unknown as NodeJS.ProcessEnv,
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }), started: () => stdout.includes("worker running") };
}

/** Polls `check` every 100 ms until it holds; throws after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
