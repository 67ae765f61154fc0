import "server-only";
import { migrateDatabase } from "@/db/migrate";
import { ConfigError, getConfig, type Config } from "@/lib/config";
import { getDb } from "@/lib/db";
import { errorText, log } from "@/lib/log";
import { describeDatabaseFailure } from "@/lib/startup-errors";

/**
 * What a web server does before it serves (instrumentation.ts): read the configuration and apply the migrations on
 * its own database handle. `npm start` did both in its launcher already (scripts/lib/serve.mts; the second run finds
 * nothing to do), but the standalone server of deploy/Dockerfile has no launcher. On PostgreSQL the run holds an
 * advisory lock (db/migrate.ts), so servers starting together on a fresh database are safe. A bad configuration or
 * a failed migration ends the process with exit code 1 and one log line per problem, not a stack trace.
 */
export async function prepareServer(): Promise<void> {
  const config = configOrExit();
  try {
    await migrateDatabase(await getDb(), config.database.kind);
  } catch (error) {
    const line = describeDatabaseFailure(error, config.database) ?? `the database migrations failed: ${errorText(error)}`;
    log.fatal({ event: "start.failed" }, line);
    process.exit(1);
  }
}

function configOrExit(): Config {
  try {
    return getConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) log.fatal({ event: "start.bad_variable" }, problem);
    process.exit(1);
  }
}
