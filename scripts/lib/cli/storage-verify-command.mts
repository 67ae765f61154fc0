import type { Database } from "../../../db/client";
import { getConfig, type Config } from "../../../lib/config";
import { checkStoreConsistency, type StoreReport } from "../../../lib/storage/consistency";
import { startEmbeddedS3, type EmbeddedS3 } from "../../../lib/storage/embedded-server";
import { assertPortFree } from "../../../lib/startup-errors";
import { isNotFound } from "../../../lib/storage/objects";
import { CliError } from "./errors.mts";

/**
 * `storage:verify`: compares the bucket with the database (lib/storage/consistency.ts) and prints what does not
 * match; exit code 1 when anything was found. Deletes nothing. With the embedded S3 server (demo) the command starts
 * it on its folder when the portal is not running (only this process talks to it, so no browser origin matters);
 * a configured S3 bucket is only read, never created or set up as `npm start` does: a bucket that is missing after
 * a restore is an error here.
 */
export async function verifyStorage(db: Database): Promise<{ output: string; exitCode: number }> {
  const config = getConfig();
  const { storage } = config;
  const embedded = storage.embedded ? await startEmbeddedUnlessRunning(config) : null;
  try {
    const report = await checkStoreConsistency(db).catch((error: unknown) => {
      if (isNotFound(error)) throw new CliError(`the bucket "${storage.bucket}" does not exist at ${storage.endpoint}`);
      throw error;
    });
    const found = report.missing.length + report.unowned.length > 0;
    return { output: formatReport(report, storage.bucket), exitCode: found ? 1 : 0 };
  } finally {
    await embedded?.close();
  }
}

/** The embedded S3 server on its folder, or null when its port is taken: the portal's own one is up, use that. */
async function startEmbeddedUnlessRunning({ storage, publicUrl }: Config): Promise<EmbeddedS3 | null> {
  try {
    await assertPortFree(storage.embeddedPort, "S3_EMBEDDED_PORT", "127.0.0.1");
  } catch {
    return null;
  }
  return startEmbeddedS3({
    port: storage.embeddedPort,
    directory: storage.embeddedDir,
    bucket: storage.bucket,
    allowedOrigins: [new URL(publicUrl).origin],
  });
}

/** Ids, keys, sizes and dates only: file names and people's names stay in the database. */
function formatReport(report: StoreReport, bucket: string): string {
  const lines = [
    `Checked ${report.objects} object(s) in bucket "${bucket}" against ${report.rows} row(s) that point at objects.`,
    `Rows whose object is missing: ${report.missing.length}`,
    ...columns(report.missing.map((row) => [row.kind, row.id, `office ${row.officeSlug}`, row.key])),
    `Objects no row owns: ${report.unowned.length}`,
    ...columns(
      report.unowned.map((object) => [
        object.key,
        `${object.size} bytes`,
        object.lastModified?.toISOString() ?? "-",
        object.officeSlug ? `office ${object.officeSlug}` : "no office",
      ]),
    ),
  ];
  const found = report.missing.length + report.unowned.length > 0;
  lines.push(
    found
      ? "The bucket and the database do not match (see the README, Operations: Backup and restore). Nothing was changed."
      : "The bucket and the database match.",
  );
  return lines.join("\n");
}

/** Indented lines with the cells of each column padded to one width. */
function columns(table: string[][]): string[] {
  if (table.length === 0) return [];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((line) => line[column]!.length)));
  return table.map((line) => `  ${line.map((cell, column) => cell.padEnd(widths[column]!)).join("  ")}`.trimEnd());
}
