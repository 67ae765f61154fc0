// `npm start`, `npm run worker` and the CLI as child processes for integration tests: the environment cleared of
// anything that would point them at another database, store or provider than the test gives, and their JSON log
// lines parsed.
import { spawn } from "node:child_process";

/** tsx as `npm start` loads it (package.json). */
const TSX_IMPORT = ["--import", "tsx"];

export function cleanEnvironment(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) =>
        !/^(PORTAL_|DATABASE_URL|TEST_DATABASE_URL|DATA_DIR|S3_|AUTH_SECRET|RESEND_|VONAGE_|EMAIL_|SMS_|PORT$|LOG_LEVEL)/.test(name),
    ),
  );
  return { ...inherited, ...env } as NodeJS.ProcessEnv;
}

export type LogLine = { level: number; msg: string; event?: string; [field: string]: unknown };

/** The JSON log lines in a process's output (anything else, such as Next.js's own banner, is left out). */
export function logLines(output: string): LogLine[] {
  return output
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as LogLine);
}

/** Starts a script of scripts/ and collects its output. */
export function startScript(script: string, args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [...TSX_IMPORT, `scripts/${script}`, ...args], { env: cleanEnvironment(env) });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr, lines: logLines(stdout) }) };
}

/**
 * Runs a script of scripts/ to its end (the start-up errors stop it within seconds). Asynchronous: the test's own
 * servers (a store, a web server) must keep answering while it runs.
 */
export async function runScript(script: string, args: string[], env: Record<string, string>) {
  const started = startScript(script, args, env);
  const timer = setTimeout(() => started.child.kill("SIGKILL"), 60_000);
  const status = await started.exited;
  clearTimeout(timer);
  return { status, ...started.output() };
}
