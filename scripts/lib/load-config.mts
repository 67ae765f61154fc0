import { ConfigError, getConfig, type Config } from "../../lib/config";
import { log } from "../../lib/log";
import { loadedEnvironmentFiles } from "./env-files.mts";
import { StartupError } from "../../lib/startup-errors";

/** The configuration, or one log line per problem and exit code 1. */
export function loadConfigOrExit(): Config {
  const files = loadedEnvironmentFiles();
  if (files.length > 0) log.info({ event: "start.env_files", files }, `read ${files.join(", ")}`);
  try {
    return getConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems) log.fatal({ event: "start.bad_variable" }, problem);
      process.exit(1);
    }
    throw error;
  }
}

/** Ends the process with the StartupError's one line, or rethrows anything else (its stack trace is the clue). */
export function exitOnStartupError(error: unknown): never {
  if (!(error instanceof StartupError)) throw error;
  log.fatal({ event: "start.failed" }, error.message);
  process.exit(1);
}
