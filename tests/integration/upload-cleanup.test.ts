// The clean-up of abandoned uploads against a real database and the embedded S3 server: what is older than 24
// hours and never attached goes (row and object), everything else stays. Also the CLI's one-shot command.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { uploads } from "@/db/schema";
import { objectKeyFor } from "@/lib/storage/keys";
import { putObject } from "@/lib/storage/objects";
import { ABANDONED_UPLOAD_AGE_MS, cleanUpAbandonedUploads } from "@/lib/uploads/cleanup";
import { createDossier, createOffice, createUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { objectExists, startTestS3, type TestS3, storageEnv } from "../support/s3-server";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let s3: TestS3;
const NOW = new Date("2026-11-25T12:00:00Z");

beforeAll(async () => {
  [database, s3] = await Promise.all([createTestDatabase(), startTestS3()]);
  configureProcess(
    {
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "klantenportaal-cleanup-")),
      ...storageEnv(s3),
    },
    database,
  );
});
afterAll(async () => {
  await Promise.all([database?.close(), s3?.close()]);
});

/** An upload row with a real object behind it, begun `ageMs` before NOW. */
async function upload(officeId: string, dossierId: string, userId: string, status: "pending" | "verified" | "attached", ageMs: number) {
  const key = objectKeyFor({ officeId, dossierId });
  await putObject(key, Buffer.from("%PDF-1.4 test"), "application/pdf", s3.storage);
  const [row] = await database.db
    .insert(uploads)
    .values({
      officeId,
      dossierId,
      userId,
      storageKey: key,
      fileName: "scan.pdf",
      contentType: "application/pdf",
      size: 13,
      status,
      createdAt: new Date(NOW.getTime() - ageMs),
    })
    .returning({ id: uploads.id });
  return { id: row!.id, key };
}

describe("abandoned uploads", () => {
  it("removes unattached uploads older than 24 hours, row and object, and nothing else", async () => {
    const office = await createOffice(database.db);
    const client = await createUser(database.db, office.id, "client");
    const dossier = await createDossier(database.db, office.id, [client.userId]);
    const hour = 60 * 60 * 1000;
    const old = ABANDONED_UPLOAD_AGE_MS + hour;
    const gone = [
      await upload(office.id, dossier.id, client.userId, "pending", old),
      await upload(office.id, dossier.id, client.userId, "verified", old),
    ];
    const kept = [
      await upload(office.id, dossier.id, client.userId, "pending", ABANDONED_UPLOAD_AGE_MS - hour),
      await upload(office.id, dossier.id, client.userId, "verified", hour),
      await upload(office.id, dossier.id, client.userId, "attached", old * 10),
    ];

    expect(await cleanUpAbandonedUploads(database.db, { now: NOW, storage: s3.storage })).toBe(2);

    const left = await database.db
      .select({ id: uploads.id })
      .from(uploads)
      .where(
        inArray(
          uploads.id,
          [...gone, ...kept].map((u) => u.id),
        ),
      );
    expect(left.map((row) => row.id).sort()).toEqual(kept.map((u) => u.id).sort());
    for (const { key } of gone) expect(await objectExists(s3, key), key).toBe(false);
    for (const { key } of kept) expect(await objectExists(s3, key), key).toBe(true);
    // A second run finds nothing more.
    expect(await cleanUpAbandonedUploads(database.db, { now: NOW, storage: s3.storage })).toBe(0);
  });

  it("works through more than one batch", async () => {
    const office = await createOffice(database.db);
    const client = await createUser(database.db, office.id, "client");
    const dossier = await createDossier(database.db, office.id, [client.userId]);
    const old = new Date(NOW.getTime() - 2 * ABANDONED_UPLOAD_AGE_MS);
    const rows = Array.from({ length: 450 }, (_, i) => ({
      officeId: office.id,
      dossierId: dossier.id,
      userId: client.userId,
      storageKey: objectKeyFor({ officeId: office.id, dossierId: dossier.id }),
      fileName: `scan-${i}.pdf`,
      contentType: "application/pdf",
      size: 1,
      createdAt: old,
    }));
    await database.db.insert(uploads).values(rows);
    // Objects that were never stored (the PUT never happened) are no obstacle: deleting them is not an error.
    expect(await cleanUpAbandonedUploads(database.db, { now: NOW, storage: s3.storage })).toBe(450);
    expect(await database.db.select({ id: uploads.id }).from(uploads).where(eq(uploads.dossierId, dossier.id))).toEqual([]);
  });
});

describe("npm run portal -- uploads:cleanup", { timeout: 120_000 }, () => {
  it("runs the clean-up once against the configured database and store", async () => {
    // The CLI in its own process on an embedded database, with this test's S3 server as "the configured S3".
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "klantenportaal-cleanup-cli-"));
    const handle = await openDatabase({ kind: "pglite", dir: path.join(dataDir, "db") });
    let key: string;
    try {
      await migrateDatabase(handle.db, "pglite");
      const office = await createOffice(handle.db);
      const client = await createUser(handle.db, office.id, "client");
      const dossier = await createDossier(handle.db, office.id, [client.userId]);
      key = objectKeyFor({ officeId: office.id, dossierId: dossier.id });
      await putObject(key, Buffer.from("%PDF-1.4 test"), "application/pdf", s3.storage);
      await handle.db.insert(uploads).values({
        officeId: office.id,
        dossierId: dossier.id,
        userId: client.userId,
        storageKey: key,
        fileName: "scan.pdf",
        contentType: "application/pdf",
        size: 13,
        createdAt: new Date(Date.now() - 2 * ABANDONED_UPLOAD_AGE_MS),
      });
    } finally {
      await handle.close();
    }
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !/^(PORTAL_|DATABASE_URL|TEST_DATABASE_URL|DATA_DIR|S3_|AUTH_SECRET)/.test(name)),
    );
    // Asynchronously: the S3 server the command talks to runs in this very process.
    const result = await promisify(execFile)(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/portal.mts", "uploads:cleanup"], {
      env: {
        ...env,
        DATA_DIR: dataDir,
        PORTAL_PUBLIC_URL: "https://portal.example.test",
        S3_ENDPOINT: s3.endpoint,
        S3_PUBLIC_URL: "http://127.0.0.1:1", // another origin than the portal, as the config requires
        S3_ACCESS_KEY_ID: "S3RVER",
        S3_SECRET_ACCESS_KEY: "S3RVER",
        S3_BUCKET: s3.settings.bucket,
      } as unknown as NodeJS.ProcessEnv,
      encoding: "utf8",
      timeout: 90_000,
    }); // rejects on a non-zero exit code
    expect(result.stderr).not.toContain("Error");
    expect(result.stdout).toContain("Removed 1 abandoned upload(s)");
    expect(await objectExists(s3, key)).toBe(false);
  });
});
