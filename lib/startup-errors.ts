// What an operator reads when `npm start`, a web server or `npm run worker` cannot start: one line naming the variable to look at
// and the cause, instead of a stack trace. Only failures with a known cause get a line; anything else keeps its
// stack trace, because then the line would be a guess.
import { createServer } from "node:net";
import type { DatabaseTarget } from "@/db/client";
import { ConfigError, getConfig, type Config } from "@/lib/config";
import { log } from "@/lib/log";

/** A start-up failure the operator can fix; its message is the whole line. */
export class StartupError extends Error {
  override name = "StartupError";
}

const UNREACHABLE: Record<string, string> = {
  ECONNREFUSED: "connection refused; is it running, and on this port?",
  ENOTFOUND: "the host name does not resolve",
  EAI_AGAIN: "the host name does not resolve (DNS did not answer)",
  ETIMEDOUT: "no answer (timed out)",
  CONNECT_TIMEOUT: "no answer (timed out)",
  ECONNRESET: "the connection was closed by the other side",
  EHOSTUNREACH: "the host is unreachable",
};

type CodedError = { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };

/** The error and its causes (drizzle wraps the driver's error; Node's connect attempts come as an AggregateError). */
export function errorChain(error: unknown): CodedError[] {
  const chain: CodedError[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && chain.length < 20) {
    const next = queue.shift();
    if (typeof next !== "object" || next === null) continue;
    const coded = next as CodedError;
    chain.push(coded);
    queue.push(coded.cause);
    if (Array.isArray(coded.errors)) queue.push(...coded.errors);
  }
  return chain;
}

/** The first code in the chain that says the other side could not be reached (ECONNREFUSED, ENOTFOUND, ...). */
export function unreachableCode(error: unknown): string | null {
  const link = errorChain(error).find((candidate) => typeof candidate.code === "string" && candidate.code in UNREACHABLE);
  return link ? (link.code as string) : null;
}

/** The line for a failure to open or migrate the database, or null when its cause is not known. */
export function describeDatabaseFailure(error: unknown, target: DatabaseTarget): string | null {
  if (target.kind !== "postgres") return null;
  const url = new URL(target.url);
  const where = `${url.hostname}:${url.port || "5432"}`;
  const database = decodeURIComponent(url.pathname.slice(1)) || decodeURIComponent(url.username);
  const user = decodeURIComponent(url.username) || "(none)";
  const unreachable = unreachableCode(error);
  if (unreachable) return `DATABASE_URL: cannot reach PostgreSQL at ${where}: ${UNREACHABLE[unreachable]} (${unreachable})`;
  const server = errorChain(error).find((link) => typeof link.code === "string" && /^[0-9A-Z]{5}$/.test(link.code));
  if (!server) return null;
  const code = server.code as string;
  const detail = String(server.message);
  if (code === "3D000") return `DATABASE_URL: database "${database}" does not exist on ${where}; create it first (createdb ${database})`;
  if (code.startsWith("28"))
    return `DATABASE_URL: PostgreSQL at ${where} refused user "${user}": ${detail} (check the user name and password)`;
  if (code === "42501") return `DATABASE_URL: user "${user}" may not create the portal's tables in database "${database}": ${detail}`;
  return `DATABASE_URL: PostgreSQL at ${where} answered with an error while the portal prepared database "${database}": ${detail} (${code})`;
}

/** Refuses a port another program holds, before a server that would fail without a usable error tries it. */
export async function assertPortFree(port: number, variable: string, host?: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(
          new StartupError(
            `${variable}: port ${port} is already in use by another program; stop that program or choose another ${variable}`,
          ),
        );
      } else {
        reject(new StartupError(`${variable}: cannot listen on port ${port} (${error.code ?? error.message})`));
      }
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** The configuration, or one fatal log line per bad variable and exit code 1. */
export function configOrExit(): Config {
  try {
    return getConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) log.fatal({ event: "start.bad_variable" }, problem);
    process.exit(1);
  }
}

/** Ends the process with the StartupError's one line, or rethrows anything else (its stack trace is the clue). */
export function exitOnStartupError(error: unknown): never {
  if (!(error instanceof StartupError)) throw error;
  log.fatal({ event: "start.failed" }, error.message);
  process.exit(1);
}
