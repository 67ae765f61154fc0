// What `npm start` does before the web server runs: storage up, database migrated, demo seeded. A failure with a
// known cause becomes a StartupError: one line naming the variable (lib/startup-errors.ts).
import { openDatabase, type DatabaseHandle } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { seedDemo } from "../../lib/seed/demo";
import type { Config } from "../../lib/config";
import { setUpBucket, StoreSetupError } from "../../lib/storage/bucket-setup";
import { createStorage } from "../../lib/storage/client";
import { startEmbeddedS3, type EmbeddedS3 } from "../../lib/storage/embedded-server";
import { assertPortFree, describeDatabaseFailure, StartupError } from "../../lib/startup-errors";

/** Browser origins that may talk to the store: the portal's own addresses. */
function portalOrigins(config: Config): string[] {
  const origins = new Set([new URL(config.publicUrl).origin, `http://localhost:${config.port}`, `http://127.0.0.1:${config.port}`]);
  return [...origins];
}

export async function startStorage(config: Config): Promise<EmbeddedS3 | null> {
  if (config.storage.embedded) {
    await assertPortFree(config.storage.embeddedPort, "S3_EMBEDDED_PORT", "127.0.0.1");
    return startEmbeddedS3({
      port: config.storage.embeddedPort,
      directory: config.storage.embeddedDir,
      bucket: config.storage.bucket,
      allowedOrigins: portalOrigins(config),
    });
  }
  const storage = createStorage(config.storage);
  try {
    const origins = portalOrigins(config);
    await setUpBucket(storage, {
      endpoint: config.storage.endpoint,
      bucket: config.storage.bucket,
      portalOrigin: origins[0]!,
      allowedOrigins: origins,
    });
  } catch (error) {
    throw error instanceof StoreSetupError ? new StartupError(error.message) : error;
  } finally {
    storage.s3.destroy();
    storage.presigner.destroy();
  }
  return null;
}

/** Opens the database and applies the migrations (the worker keeps this handle; `npm start` closes it). */
export async function openMigratedDatabase(config: Config): Promise<DatabaseHandle> {
  let handle: DatabaseHandle | undefined;
  try {
    handle = await openDatabase(config.database);
    await migrateDatabase(handle.db, config.database.kind);
    return handle;
  } catch (error) {
    await handle?.close().catch(() => {});
    const line = describeDatabaseFailure(error, config.database);
    throw line ? new StartupError(line) : error;
  }
}

/** Migrates, and in demo mode seeds an empty database. The handle is closed again: PGlite allows one opener. */
export async function prepareDatabase(config: Config): Promise<{ seeded: boolean }> {
  const handle = await openMigratedDatabase(config);
  try {
    if (config.mode !== "demo") return { seeded: false };
    return { seeded: await seedDemo(handle.db, createStorage(config.storage)) };
  } finally {
    await handle.close();
  }
}
