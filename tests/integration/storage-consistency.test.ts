// `npm run portal -- storage:verify` against a real database and the embedded S3 server: what the upload flows leave
// behind (uploads in progress included) is consistent; a row of each kind whose object is gone, and an object no
// row owns, are reported; what changes between the two looks is not. Then the command itself, in its own process.
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DeleteObjectCommand, ListObjectsCommand } from "@aws-sdk/client-s3";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { documents, uploads } from "@/db/schema";
import type { Viewer } from "@/lib/core/viewer";
import { sendMessage } from "@/lib/messages/send";
import { attachLogo, startLogoUpload } from "@/lib/offices/logo";
import { makePdf } from "@/lib/seed/pdf";
import { createStorage, type Storage } from "@/lib/storage/client";
import { checkStoreConsistency, type StoreCheckOptions } from "@/lib/storage/consistency";
import { objectKeyFor } from "@/lib/storage/keys";
import { deleteObject, putObject } from "@/lib/storage/objects";
import { attachUploadsAsDocuments } from "@/lib/uploads/attach";
import { completeUpload, requestUpload } from "@/lib/uploads/uploads";
import { createDossier, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { startTestS3, storageEnv, type TestS3 } from "../support/s3-server";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { asPut } from "../support/uploads";

let database: TestDatabase;
let s3: TestS3;
let office: TestOffice;
let admin: TestUser<"admin">;
let staff: TestUser<"staff">;
let client: TestUser<"client">;
let dossierId: string;

const CLIENT_NAME = "Johanna Verbeek";
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

beforeAll(async () => {
  [database, s3] = await Promise.all([createTestDatabase(), startTestS3()]);
  configureProcess({ DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "klantenportaal-verify-")), ...storageEnv(s3) }, database);
  office = await createOffice(database.db);
  [admin, staff, client] = await Promise.all([
    createUser(database.db, office.id, "admin"),
    createUser(database.db, office.id, "staff"),
    createUser(database.db, office.id, "client", { name: CLIENT_NAME }),
  ]);
  dossierId = (await createDossier(database.db, office.id, [client.userId])).id;
});
afterAll(async () => {
  await Promise.all([database?.close(), s3?.close()]);
});

/** Small pages, so listing and reading both go over several pages; no pause before the second look. */
const check = (options: StoreCheckOptions = {}) =>
  checkStoreConsistency(database.db, { storage: s3.storage, pageSize: 2, recheckAfterMs: 0, ...options });

async function putFile(url: string, headers: Record<string, string>, body: Buffer) {
  const response = await fetch(url, { method: "PUT", headers, body: new Uint8Array(body) });
  expect(response.status).toBe(200);
}

/** The browser's steps: a ticket, the PUT to the staging key (unless `put` is false), then complete (unless false). */
async function uploadPdf(viewer: Viewer, fileName: string, { put = true, complete = true } = {}) {
  const body = makePdf([fileName]);
  const ticket = asPut(await requestUpload({ viewer, ip: null, dossierId, fileName, contentType: "application/pdf", size: body.length }));
  if (put) await putFile(ticket.url, ticket.headers, body);
  if (put && complete) await completeUpload({ viewer, uploadId: ticket.uploadId });
  const [row] = await database.db.select().from(uploads).where(eq(uploads.id, ticket.uploadId));
  return { ...row!, ticket, body };
}

let state: {
  documentId: string;
  documentKey: string;
  attachmentId: string;
  attachmentKey: string;
  logoKey: string;
  verifiedId: string;
  verifiedKey: string;
};

describe("checkStoreConsistency", () => {
  it("finds nothing in what the upload flows leave behind, uploads in progress included", async () => {
    // A document published by the office.
    const published = await uploadPdf(staff, "Koopakte Verbeek.pdf");
    const [documentId] = await database.db.transaction((tx) =>
      attachUploadsAsDocuments(tx, { viewer: staff, ip: null, dossierId, kind: "document", uploads: [{ uploadId: published.id }] }),
    );
    // A message attachment from the client.
    const attachment = await uploadPdf(client, "Paspoort Verbeek.pdf");
    const sent = await database.db.transaction((tx) =>
      sendMessage(tx, { viewer: client, ip: null, dossierId, subject: "Paspoort", body: "Zie bijlage.", uploadIds: [attachment.id] }),
    );
    const [attachmentDocument] = await database.db.select().from(documents).where(eq(documents.messageId, sent.id));
    // The office logo.
    const logo = await startLogoUpload({ viewer: admin, ip: null }, { fileName: "Logo.png", contentType: "image/png", size: PNG.length });
    await putFile(logo.url, logo.headers, PNG);
    await attachLogo({ viewer: admin, ip: null }, logo.uploadId);
    // Checked but not sent yet, and a late PUT with its still valid URL that put an object at its staging key again.
    const verified = await uploadPdf(staff, "Concept akte Verbeek.pdf");
    await putFile(verified.ticket.url, verified.ticket.headers, verified.body);
    // A browser that has written its file but not completed it yet, and one that has a ticket but has not written.
    await uploadPdf(client, "Scan Verbeek.pdf", { complete: false });
    await uploadPdf(client, "Later Verbeek.pdf", { put: false });

    expect(await check()).toEqual({
      // document, attachment, logo, the verified upload and its late staging object, the written staging object
      objects: 6,
      // 2 documents, 1 logo, 6 uploads (3 attached, 1 verified, 2 pending)
      rows: 9,
      missing: [],
      unowned: [],
    });
    state = {
      documentId: documentId!,
      documentKey: published.storageKey,
      attachmentId: attachmentDocument!.id,
      attachmentKey: attachmentDocument!.storageKey,
      logoKey: (await database.db.select().from(uploads).where(eq(uploads.id, logo.uploadId)))[0]!.storageKey,
      verifiedId: verified.id,
      verifiedKey: verified.storageKey,
    };
  });

  it("reports each kind of row whose object is missing, by id, office and key", async () => {
    const keys = [state.documentKey, state.attachmentKey, state.logoKey, state.verifiedKey];
    for (const key of keys) await deleteObject(key, s3.storage);

    const report = await check();
    expect(report.unowned).toEqual([]);
    expect(report.missing.sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: "attachment", id: state.attachmentId, officeSlug: office.slug, key: state.attachmentKey },
      { kind: "document", id: state.documentId, officeSlug: office.slug, key: state.documentKey },
      { kind: "logo", id: office.id, officeSlug: office.slug, key: state.logoKey },
      { kind: "upload", id: state.verifiedId, officeSlug: office.slug, key: state.verifiedKey },
    ]);

    // Restored from a copy of the bucket: consistent again.
    for (const key of keys) await putObject(key, Buffer.from("%PDF-1.4"), "application/pdf", s3.storage);
    expect(await check()).toMatchObject({ missing: [], unowned: [] });
  });

  it("reports objects no row owns with size, date and the office their key names", async () => {
    const stray = objectKeyFor({ officeId: office.id, dossierId });
    await putObject(stray, Buffer.from("twelve bytes"), "application/pdf", s3.storage);
    await putObject("notes/readme.txt", Buffer.from("x"), "text/plain", s3.storage);
    // An upload row that went while its object stayed (the store was down when it was discarded).
    const orphaned = await uploadPdf(staff, "Weg.pdf");
    await database.db.delete(uploads).where(eq(uploads.id, orphaned.id));

    const report = await check();
    expect(report.missing).toEqual([]);
    expect(report.unowned.sort((a, b) => a.key.localeCompare(b.key))).toEqual(
      [
        { key: stray, size: 12, lastModified: expect.any(Date), officeSlug: office.slug },
        { key: "notes/readme.txt", size: 1, lastModified: expect.any(Date), officeSlug: null },
        { key: orphaned.storageKey, size: orphaned.size, lastModified: expect.any(Date), officeSlug: office.slug },
      ].sort((a, b) => a.key.localeCompare(b.key)),
    );
    expect(Date.now() - report.unowned[0]!.lastModified!.getTime()).toBeLessThan(60_000);

    for (const key of [stray, "notes/readme.txt", orphaned.storageKey]) await deleteObject(key, s3.storage);
    expect(await check()).toMatchObject({ missing: [], unowned: [] });
  });

  it("reports only what a second look still finds", async () => {
    const stray = objectKeyFor({ officeId: office.id, dossierId });
    await putObject(stray, Buffer.from("stray"), "application/pdf", s3.storage);
    await deleteObject(state.documentKey, s3.storage);
    // A client whose listing ends the first look: right after it, the document's object is written and the stray one
    // deleted, as a portal at work might (an object copied just after the listing, one deleted just after its row).
    const storage: Storage = createStorage(s3.settings);
    let looks = 0;
    storage.s3.middlewareStack.add(
      (next, context) => async (args) => {
        const result = await next(args);
        const output = result.output as { IsTruncated?: boolean };
        if (context.commandName === "ListObjectsCommand" && !output.IsTruncated && ++looks === 1) {
          await putObject(state.documentKey, Buffer.from("%PDF-1.4"), "application/pdf", s3.storage);
          await s3.storage.s3.send(new DeleteObjectCommand({ Bucket: s3.settings.bucket, Key: stray }));
        }
        return result;
      },
      { step: "initialize" },
    );
    try {
      expect(await check({ storage })).toMatchObject({ missing: [], unowned: [] });
      expect(looks).toBe(2);
    } finally {
      storage.s3.destroy();
      storage.presigner.destroy();
    }
  });
});

/** The CLI in its own process (asynchronously: the S3 server it talks to runs in this one). */
function portal(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(PORTAL_|DATABASE_URL|TEST_DATABASE_URL|DATA_DIR|S3_|AUTH_SECRET)/.test(name)),
  );
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["node_modules/tsx/dist/cli.mjs", "scripts/portal.mts", ...args],
      { env: { ...clean, ...env } as NodeJS.ProcessEnv, encoding: "utf8", timeout: 90_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("npm run portal -- storage:verify", { timeout: 120_000 }, () => {
  it("says the bucket matches (exit 0), then lists a missing document and a stray object without names (exit 1)", async () => {
    // The command's own store and database: PostgreSQL when the tests have one, else an embedded database on disk.
    const store = await startTestS3();
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "klantenportaal-verify-cli-"));
    const shared = database.url ? await createTestDatabase() : null;
    const handle = shared ?? (await openDatabase({ kind: "pglite", dir: path.join(dataDir, "db") }));
    let open = true;
    try {
      const db: Database = handle.db;
      if (!shared) await migrateDatabase(db, "pglite");
      const cliOffice = await createOffice(db);
      const cliStaff = await createUser(db, cliOffice.id, "staff");
      const cliClient = await createUser(db, cliOffice.id, "client", { name: CLIENT_NAME });
      const dossier = await createDossier(db, cliOffice.id, [cliClient.userId]);
      const key = objectKeyFor({ officeId: cliOffice.id, dossierId: dossier.id });
      await putObject(key, Buffer.from("%PDF-1.4 test"), "application/pdf", store.storage);
      const [document] = await db
        .insert(documents)
        .values({
          officeId: cliOffice.id,
          dossierId: dossier.id,
          kind: "document",
          title: "Koopakte Verbeek",
          fileName: "Koopakte Verbeek.pdf",
          contentType: "application/pdf",
          size: 13,
          storageKey: key,
          createdById: cliStaff.userId,
        })
        .returning();
      if (!shared) {
        await handle.close(); // PGlite allows one process: the command's
        open = false;
      }

      const env = {
        DATA_DIR: dataDir,
        PORTAL_PUBLIC_URL: "https://portal.example.test",
        S3_ENDPOINT: store.endpoint,
        S3_PUBLIC_URL: "http://127.0.0.1:1", // another origin than the portal, as the config requires
        S3_ACCESS_KEY_ID: "S3RVER",
        S3_SECRET_ACCESS_KEY: "S3RVER",
        S3_BUCKET: store.settings.bucket,
        ...(shared ? { DATABASE_URL: shared.url! } : {}),
      };
      const consistent = await portal(env, "storage:verify");
      expect(consistent.stderr).toBe("");
      expect(consistent.stdout).toContain(`Checked 1 object(s) in bucket "${store.settings.bucket}" against 1 row(s)`);
      expect(consistent.stdout).toContain("Rows whose object is missing: 0\nObjects no row owns: 0\n");
      expect(consistent.stdout).toContain("The bucket and the database match.");
      expect(consistent.code).toBe(0);

      const stray = objectKeyFor({ officeId: cliOffice.id, dossierId: dossier.id });
      await putObject(stray, Buffer.from("stray"), "application/pdf", store.storage);
      await deleteObject(key, store.storage);
      const found = await portal(env, "storage:verify");
      expect(found.stderr).toBe("");
      expect(found.stdout).toContain("Rows whose object is missing: 1\n");
      expect(found.stdout).toMatch(new RegExp(`^  document +${document!.id} +office ${cliOffice.slug} +${key}$`, "m"));
      expect(found.stdout).toContain("Objects no row owns: 1\n");
      expect(found.stdout).toMatch(new RegExp(`^  ${stray} +5 bytes +\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z +office ${cliOffice.slug}$`, "m"));
      expect(found.stdout).toContain("Nothing was changed.");
      for (const name of ["Koopakte", "Verbeek", CLIENT_NAME]) expect(found.stdout).not.toContain(name);
      expect(found.code).toBe(1);
      // It deleted nothing.
      const listed = await store.storage.s3.send(new ListObjectsCommand({ Bucket: store.settings.bucket }));
      expect(listed.Contents?.map((object) => object.Key)).toEqual([stray]);
    } finally {
      if (open) await handle.close();
      await store.close();
    }
  });
});
