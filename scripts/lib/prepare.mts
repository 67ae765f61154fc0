// What `npm start` does before the web server runs: storage up, database migrated, demo seeded.
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { seedDemo } from "../../lib/seed/demo";
import type { Config } from "../../lib/config";
import { createStorage } from "../../lib/storage/client";
import { startEmbeddedS3, type EmbeddedS3 } from "../../lib/storage/embedded-server";
import { ensureBucket } from "../../lib/storage/objects";

/** Browser origins that may talk to the embedded S3 server: the portal's own addresses. */
function portalOrigins(config: Config): string[] {
  const origins = new Set([new URL(config.publicUrl).origin, `http://localhost:${config.port}`, `http://127.0.0.1:${config.port}`]);
  return [...origins];
}

export async function startStorage(config: Config): Promise<EmbeddedS3 | null> {
  if (config.storage.embedded) {
    return startEmbeddedS3({
      port: config.storage.embeddedPort,
      directory: config.storage.embeddedDir,
      bucket: config.storage.bucket,
      allowedOrigins: portalOrigins(config),
    });
  }
  await ensureBucket(createStorage(config.storage));
  return null;
}

/** Migrates, and in demo mode seeds an empty database. The handle is closed again: PGlite allows one opener. */
export async function prepareDatabase(config: Config): Promise<{ seeded: boolean }> {
  const handle = await openDatabase(config.database);
  try {
    await migrateDatabase(handle.db, config.database.kind);
    if (config.mode !== "demo") return { seeded: false };
    return { seeded: await seedDemo(handle.db, createStorage(config.storage)) };
  } finally {
    await handle.close();
  }
}
