// The three upload steps as staff actions, against a real database and a real (embedded) S3 server:
// what the browser does is replayed with fetch on the presigned URL.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePdf } from "@/lib/seed/pdf";
import { uploads } from "@/db/schema";
import { completeUploadAction, discardUploadAction, requestUploadAction } from "@/lib/uploads/actions";
import type { RequestUploadInput } from "@/lib/uploads/schema";
import { completeUpload, discardUpload, requestUpload } from "@/lib/uploads/uploads";
import { actAs, createDossier, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { asPut } from "../support/uploads";
import { startTestS3, TEST_BUCKET, type TestS3, storageEnv } from "../support/s3-server";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let s3: TestS3;
let office: TestOffice;
let otherOffice: TestOffice;
let staff: TestUser<"staff">;
let otherStaff: TestUser<"staff">;
let client: TestUser<"client">;
let admin: TestUser<"admin">;
let dossierId: string;

const PDF = makePdf(["Concept akte"]);
const EXE = Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, ...new Array(200).fill(0)]);

beforeAll(async () => {
  [database, s3] = await Promise.all([createTestDatabase(), startTestS3()]);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "klantenportaal-uploads-"));
  configureProcess({ DATA_DIR: dataDir, ...storageEnv(s3) }, database);
  [office, otherOffice] = await Promise.all([createOffice(database.db), createOffice(database.db)]);
  [staff, otherStaff, client, admin] = await Promise.all([
    createUser(database.db, office.id, "staff"),
    createUser(database.db, otherOffice.id, "staff"),
    createUser(database.db, office.id, "client"),
    createUser(database.db, office.id, "admin"),
  ]);
  dossierId = (await createDossier(database.db, office.id, [client.userId])).id;
});
afterAll(async () => {
  await Promise.all([database?.close(), s3?.close()]);
});

async function storedKeys(): Promise<string[]> {
  const listed = await s3.storage.s3.send(new ListObjectsV2Command({ Bucket: TEST_BUCKET }));
  return (listed.Contents ?? []).map((object) => object.Key!);
}

async function uploadRows() {
  return database.db.select().from(uploads);
}

/** Request, then PUT `body` (which may differ from what was declared) as a browser would. */
async function requestAndPut(viewer: TestUser, file: { fileName: string; contentType: string; size: number }, body: Buffer) {
  const ticket = await actAs(office, viewer, () => requestUploadAction({ dossierId, ...file }));
  if (!ticket.ok) throw new Error(ticket.code);
  const response = await fetch(asPut(ticket.data).url, { method: "PUT", headers: asPut(ticket.data).headers, body: new Uint8Array(body) });
  expect(response.status).toBe(200);
  return ticket.data.uploadId;
}

describe("upload steps", () => {
  it("request → PUT → complete verifies the upload; discard removes object and row", async () => {
    const uploadId = await requestAndPut(staff, { fileName: "Koopakte.pdf", contentType: "application/pdf", size: PDF.length }, PDF);
    const [pending] = await database.db.select().from(uploads).where(eq(uploads.id, uploadId));
    expect(pending).toMatchObject({ status: "pending", userId: staff.userId, officeId: office.id, dossierId });
    // The key is made of ids only, never the file name.
    expect(pending!.storageKey).toMatch(new RegExp(`^o/${office.id}/d/${dossierId}/[0-9a-f-]{36}$`));

    const done = await actAs(office, staff, () => completeUploadAction({ uploadId }));
    expect(done).toEqual({
      ok: true,
      data: { uploadId, fileName: "Koopakte.pdf", size: PDF.length, contentType: "application/pdf" },
    });
    expect((await database.db.select().from(uploads).where(eq(uploads.id, uploadId)))[0]!.status).toBe("verified");
    // Completing twice is refused: only a pending upload can be completed.
    expect(await actAs(office, staff, () => completeUploadAction({ uploadId }))).toEqual({ ok: false, code: "errors.not_found" });

    expect(await storedKeys()).toContain(pending!.storageKey);
    expect(await actAs(office, staff, () => discardUploadAction({ uploadId }))).toEqual({ ok: true, data: undefined });
    expect(await storedKeys()).not.toContain(pending!.storageKey);
    expect(await database.db.select().from(uploads).where(eq(uploads.id, uploadId))).toHaveLength(0);
  });

  it("refuses bad files with their code and leaves no row and no object", async () => {
    const before = { rows: (await uploadRows()).length, keys: (await storedKeys()).length };
    const refusedAtRequest: [RequestUploadInput, string][] = [
      [{ dossierId, fileName: "groot.pdf", contentType: "application/pdf", size: 1024 * 1024 * 1024 + 1 }, "files.too_large"],
      [{ dossierId, fileName: "leeg.pdf", contentType: "application/pdf", size: 0 }, "files.empty"],
      [
        { dossierId, fileName: `${"ë".repeat(150)}📄${"a".repeat(145)}.pdf`, contentType: "application/pdf", size: 10 },
        "files.name_invalid",
      ],
      [{ dossierId, fileName: "setup.exe", contentType: "application/octet-stream", size: 10 }, "files.type_not_allowed"],
      [{ dossierId, fileName: "brief.pdf", contentType: "text/html", size: 10 }, "files.type_mismatch"],
    ];
    for (const [input, code] of refusedAtRequest) {
      expect(await actAs(office, staff, () => requestUploadAction(input)), input.fileName.slice(0, 20)).toEqual({ ok: false, code });
    }

    // An executable renamed to .pdf gets through the declared checks, then fails on its bytes.
    const exeId = await requestAndPut(staff, { fileName: "factuur.pdf", contentType: "application/pdf", size: EXE.length }, EXE);
    expect(await actAs(office, staff, () => completeUploadAction({ uploadId: exeId }))).toEqual({
      ok: false,
      code: "files.content_mismatch",
    });
    // A size lie: declared 10 bytes, sent 20 (the embedded store does not enforce the signed length).
    const lieId = await requestAndPut(
      staff,
      { fileName: "notitie.txt", contentType: "text/plain", size: 10 },
      Buffer.from("twintig tekens tekst"),
    );
    expect(await actAs(office, staff, () => completeUploadAction({ uploadId: lieId }))).toEqual({
      ok: false,
      code: "files.size_mismatch",
    });
    // Completing before anything was PUT: the object is missing.
    const ticket = await actAs(office, staff, () =>
      requestUploadAction({ dossierId, fileName: "nooit.pdf", contentType: "application/pdf", size: PDF.length }),
    );
    if (!ticket.ok) throw new Error(ticket.code);
    expect(await actAs(office, staff, () => completeUploadAction({ uploadId: ticket.data.uploadId }))).toEqual({
      ok: false,
      code: "files.missing",
    });

    expect((await uploadRows()).length).toBe(before.rows);
    expect((await storedKeys()).length).toBe(before.keys);
  });

  it("gives staff of another office, and clients outside their dossiers, nothing", async () => {
    const uploadId = await requestAndPut(staff, { fileName: "Akte.pdf", contentType: "application/pdf", size: PDF.length }, PDF);
    const request = { dossierId, fileName: "x.pdf", contentType: "application/pdf", size: 10 };
    expect(await actAs(otherOffice, otherStaff, () => requestUploadAction(request))).toEqual({ ok: false, code: "errors.not_found" });
    expect(await actAs(otherOffice, otherStaff, () => completeUploadAction({ uploadId }))).toEqual({ ok: false, code: "errors.not_found" });
    expect(await actAs(otherOffice, otherStaff, () => discardUploadAction({ uploadId }))).toEqual({ ok: false, code: "errors.not_found" });
    // Another staff member of the same office cannot complete or discard someone else's upload either.
    const colleague = await createUser(database.db, office.id, "staff");
    expect(await actAs(office, colleague, () => completeUploadAction({ uploadId }))).toEqual({ ok: false, code: "errors.not_found" });
    // A client of the dossier may upload into it, but never into a dossier of the office they are not linked to,
    // and never complete or discard a staff member's upload.
    const unlinked = (await createDossier(database.db, office.id)).id;
    expect(await actAs(office, client, () => requestUploadAction({ ...request, dossierId: unlinked }))).toEqual({
      ok: false,
      code: "errors.not_found",
    });
    expect(await actAs(office, client, () => completeUploadAction({ uploadId }))).toEqual({ ok: false, code: "errors.not_found" });
    expect(await actAs(office, client, () => discardUploadAction({ uploadId }))).toEqual({ ok: false, code: "errors.not_found" });
    // A malformed id is simply not found.
    expect(await actAs(office, staff, () => requestUploadAction({ ...request, dossierId: "../etc" }))).toEqual({
      ok: false,
      code: "errors.not_found",
    });
    const [row] = await database.db.select().from(uploads).where(eq(uploads.id, uploadId));
    expect(row!.status).toBe("pending");
  });
});

describe("office uploads (the logo's steps)", () => {
  const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
  const policy = { contentTypes: ["image/png"], maxBytes: 1000 };

  it("are for admins only, under an office key, and apply the caller's file policy with the generic codes", async () => {
    const png = { fileName: "logo.png", contentType: "image/png", size: PNG.length };
    for (const viewer of [staff, client]) {
      await expect(requestUpload({ viewer, ip: null, office: true, ...png, policy })).rejects.toMatchObject({ code: "errors.not_found" });
    }
    const before = (await uploadRows()).length;
    await expect(
      requestUpload({ viewer: admin, ip: null, office: true, fileName: "logo.pdf", contentType: "application/pdf", size: 10, policy }),
    ).rejects.toMatchObject({ code: "files.type_not_allowed" });
    await expect(requestUpload({ viewer: admin, ip: null, office: true, ...png, size: 1001, policy })).rejects.toMatchObject({
      code: "files.too_large",
    });
    // The same policy narrows a dossier upload too.
    await expect(
      requestUpload({ viewer: staff, ip: null, dossierId, fileName: "a.pdf", contentType: "application/pdf", size: 10, policy }),
    ).rejects.toMatchObject({ code: "files.type_not_allowed" });
    expect((await uploadRows()).length).toBe(before);

    const ticket = await requestUpload({ viewer: admin, ip: null, office: true, ...png, policy });
    const [row] = await database.db.select().from(uploads).where(eq(uploads.id, ticket.uploadId));
    expect(row).toMatchObject({ status: "pending", userId: admin.userId, officeId: office.id, dossierId: null });
    expect(row!.storageKey).toMatch(new RegExp(`^o/${office.id}/office/[0-9a-f-]{36}$`));
  });

  it("are kept apart from dossier uploads: each kind completes and discards only as itself", async () => {
    const ticket = await requestUpload({
      viewer: admin,
      ip: null,
      office: true,
      fileName: "logo.png",
      contentType: "image/png",
      size: PNG.length,
    });
    const put = await fetch(asPut(ticket).url, { method: "PUT", headers: asPut(ticket).headers, body: new Uint8Array(PNG) });
    expect(put.status).toBe(200);
    const { uploadId } = ticket;
    // The staff actions (and the default kind) only know dossier uploads.
    expect(await actAs(office, admin, () => completeUploadAction({ uploadId }))).toEqual({ ok: false, code: "errors.not_found" });
    expect(await actAs(office, admin, () => discardUploadAction({ uploadId }))).toEqual({ ok: false, code: "errors.not_found" });
    await expect(completeUpload({ viewer: staff, uploadId, kind: "office" })).rejects.toMatchObject({ code: "errors.not_found" });
    expect(await completeUpload({ viewer: admin, uploadId, kind: "office" })).toEqual({
      uploadId,
      fileName: "logo.png",
      size: PNG.length,
      contentType: "image/png",
    });

    const documentId = await requestAndPut(admin, { fileName: "Akte.pdf", contentType: "application/pdf", size: PDF.length }, PDF);
    await expect(completeUpload({ viewer: admin, uploadId: documentId, kind: "office" })).rejects.toMatchObject({
      code: "errors.not_found",
    });
    await expect(discardUpload({ viewer: admin, uploadId: documentId, kind: "office" })).rejects.toMatchObject({
      code: "errors.not_found",
    });
    expect((await actAs(office, admin, () => completeUploadAction({ uploadId: documentId }))).ok).toBe(true);

    const key = (await database.db.select().from(uploads).where(eq(uploads.id, uploadId)))[0]!.storageKey;
    await discardUpload({ viewer: admin, uploadId, kind: "office" });
    expect(await database.db.select().from(uploads).where(eq(uploads.id, uploadId))).toHaveLength(0);
    expect(await storedKeys()).not.toContain(key);
  });
});
