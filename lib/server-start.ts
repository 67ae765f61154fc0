import "server-only";
import { migrateDatabase } from "@/db/migrate";
import { getDb } from "@/lib/db";
import { errorText, log } from "@/lib/log";
import { configOrExit, describeDatabaseFailure } from "@/lib/startup-errors";

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
