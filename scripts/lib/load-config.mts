import { ConfigError, getConfig, type Config } from "../../lib/config";

/** The configuration, or one line per problem on stderr and exit code 1. */
export function loadConfigOrExit(): Config {
  try {
    return getConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error("Klantenportaal cannot start; fix these environment variables:");
      for (const problem of error.problems) console.error(`  ${problem}`);
      process.exit(1);
    }
    throw error;
  }
}
