import type { Config } from "../../lib/config";
import { log } from "../../lib/log";
import { configOrExit } from "../../lib/startup-errors";
import { loadedEnvironmentFiles } from "./env-files.mts";

export { exitOnStartupError } from "../../lib/startup-errors";

/** The configuration (after saying which `.env*` files were read), or one log line per problem and exit code 1. */
export function loadConfigOrExit(): Config {
  const files = loadedEnvironmentFiles();
  if (files.length > 0) log.info({ event: "start.env_files", files }, `read ${files.join(", ")}`);
  return configOrExit();
}
