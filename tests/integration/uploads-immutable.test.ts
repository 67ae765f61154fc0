// A verified upload cannot be swapped afterwards (issue 11, medium 1): the browser's presigned PUT (or part PUTs)
// stay valid for minutes after `complete`, so the uploader replays them with other bytes of the same length,
// after completing, after sending and after publishing. What the portal serves must stay byte-identical to what
// was verified. Real database, real (embedded) S3 server; the browser is replayed with fetch.
import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { GetObjectCommand } from "@aws-sdk/client-s3";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePdf } from "@/lib/seed/pdf";
import { documents, uploads } from "@/db/schema";
import type { Viewer } from "@/lib/core/viewer";
import { publishDocumentsAction } from "@/lib/documents/actions";
import { openDocument } from "@/lib/documents/download";
import { sendMessageAction } from "@/lib/messages/actions";
import { objectKeyFor } from "@/lib/storage/keys";
import { PART_BYTES } from "@/lib/storage/multipart";
import { putObject } from "@/lib/storage/objects";
import { completeUploadAction, discardUploadAction, requestUploadAction, signUploadPartAction } from "@/lib/uploads/actions";
import { ABANDONED_UPLOAD_AGE_MS, cleanUpAbandonedUploads, STAGING_OBJECT_AGE_MS } from "@/lib/uploads/cleanup";
import type { PutTicket, UploadedPart } from "@/lib/uploads/types";
import { completeUpload } from "@/lib/uploads/uploads";
import { actAs, createDossier, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { objectExists, startTestS3, storageEnv, type TestS3 } from "../support/s3-server";
import { asPut } from "../support/uploads";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let s3: TestS3;
let office: TestOffice;
let staff: TestUser<"staff">;
let client: TestUser<"client">;
let dossierId: string;

const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

/** HTML padded to exactly the length of `original`: the swap the outside test did. */
function swapFor(original: Buffer): Buffer {
  const html = Buffer.from("<html><body><script>alert('swapped')</script></body></html>");
  return Buffer.concat([html, Buffer.alloc(original.length - html.length, 0x20)]);
}

async function objectBytes(key: string): Promise<Buffer | null> {
  try {
    const object = await s3.storage.s3.send(new GetObjectCommand({ Bucket: s3.settings.bucket, Key: key }));
    return Buffer.from(await object.Body!.transformToByteArray());
  } catch {
    return null;
  }
}

async function row(uploadId: string) {
  return (await database.db.select().from(uploads).where(eq(uploads.id, uploadId)))[0];
}

async function put(ticket: PutTicket, body: Buffer): Promise<void> {
  const response = await fetch(ticket.url, { method: "PUT", headers: ticket.headers, body: new Uint8Array(body) });
  expect(response.status).toBe(200);
}

/** The bytes a viewer gets from the download route's presigned URL for a document. */
async function served(viewer: Viewer, documentId: string): Promise<Buffer> {
  const opened = await openDocument({ viewer, documentId, ip: null });
  const response = await fetch(opened!.url);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

/** Request → PUT → complete as the client's uploader does; returns the ticket (the browser keeps its URL). */
async function clientUpload(body: Buffer, fileName = "Paspoort.pdf"): Promise<PutTicket> {
  const requested = await actAs(office, client, () =>
    requestUploadAction({ dossierId, fileName, contentType: "application/pdf", size: body.length }),
  );
  if (!requested.ok) throw new Error(requested.code);
  const ticket = asPut(requested.data);
  await put(ticket, body);
  const done = await actAs(office, client, () => completeUploadAction({ uploadId: ticket.uploadId }));
  expect(done.ok).toBe(true);
  return ticket;
}

beforeAll(async () => {
  [database, s3] = await Promise.all([createTestDatabase(), startTestS3()]);
  configureProcess({ DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "klantenportaal-immutable-")), ...storageEnv(s3) }, database);
  office = await createOffice(database.db);
  [staff, client] = await Promise.all([createUser(database.db, office.id, "staff"), createUser(database.db, office.id, "client")]);
  dossierId = (await createDossier(database.db, office.id, [client.userId])).id;
});
afterAll(async () => {
  await Promise.all([database?.close(), s3?.close()]);
});

describe("a verified upload cannot be swapped", () => {
  it("a client's PUT replayed after complete and after sending changes nothing the office downloads", async () => {
    const pdf = makePdf(["Paspoort van de koper"]);
    const ticket = await clientUpload(pdf);
    const upload = (await row(ticket.uploadId))!;
    // The URL the browser holds names the staging key, never the key that is verified and served.
    expect(upload.stagingKey).toBeTruthy();
    expect(new URL(ticket.url).pathname).toContain(upload.stagingKey!);
    expect(new URL(ticket.url).pathname).not.toContain(upload.storageKey);

    await put(ticket, swapFor(pdf));
    expect(sha256((await objectBytes(upload.storageKey))!)).toBe(sha256(pdf));

    const sent = await actAs(office, client, () =>
      sendMessageAction({ dossierId, subject: "Mijn paspoort", body: "Zie bijlage.", uploadIds: [ticket.uploadId] }),
    );
    if (!sent.ok) throw new Error(sent.code);
    await put(ticket, swapFor(pdf));
    const [document] = await database.db.select().from(documents).where(eq(documents.messageId, sent.data.id));
    expect(document!.storageKey).toBe(upload.storageKey);
    expect(sha256(await served(staff, document!.id))).toBe(sha256(pdf));
  });

  it("staff's PUT replayed after complete and after publishing changes nothing the client downloads", async () => {
    const pdf = makePdf(["Concept akte van levering"]);
    const requested = await actAs(office, staff, () =>
      requestUploadAction({ dossierId, fileName: "Concept akte.pdf", contentType: "application/pdf", size: pdf.length }),
    );
    if (!requested.ok) throw new Error(requested.code);
    const ticket = asPut(requested.data);
    await put(ticket, pdf);
    expect((await actAs(office, staff, () => completeUploadAction({ uploadId: ticket.uploadId }))).ok).toBe(true);
    await put(ticket, swapFor(pdf));

    const published = await actAs(office, staff, () =>
      publishDocumentsAction({ dossierId, kind: "document", uploads: [{ uploadId: ticket.uploadId, title: "Concept akte" }] }),
    );
    if (!published.ok) throw new Error(published.code);
    await put(ticket, swapFor(pdf));
    // Completing again (to have the swapped bytes checked and copied) is refused: the upload is no longer pending.
    expect(await actAs(office, staff, () => completeUploadAction({ uploadId: ticket.uploadId }))).toEqual({
      ok: false,
      code: "errors.not_found",
    });
    expect(sha256(await served(client, published.data.documentIds[0]!))).toBe(sha256(pdf));
  });

  it(
    "a multipart upload is completed and verified in place: parts replayed after complete, and a second complete, change nothing that is served",
    { timeout: 60_000 },
    async () => {
      const size = 60 * 1024 * 1024;
      const body = Buffer.alloc(size, 0x41);
      body.write("%PDF-1.4\n", 0, "latin1");
      const requested = await actAs(office, client, () =>
        requestUploadAction({ dossierId, fileName: "Grote scan.pdf", contentType: "application/pdf", size }),
      );
      if (!requested.ok || !("multipart" in requested.data)) throw new Error("expected a multipart ticket");
      const { uploadId } = requested.data;
      const urls: string[] = [];
      const parts: UploadedPart[] = [];
      for (let partNumber = 1; partNumber <= requested.data.multipart.partCount; partNumber++) {
        const signed = await actAs(office, client, () => signUploadPartAction({ uploadId, partNumber }));
        if (!signed.ok) throw new Error(signed.code);
        urls.push(signed.data.url);
        const slice = body.subarray((partNumber - 1) * PART_BYTES, Math.min(size, partNumber * PART_BYTES));
        const response = await fetch(signed.data.url, { method: "PUT", body: new Uint8Array(slice) });
        expect(response.status).toBe(200);
        parts.push({ partNumber, etag: response.headers.get("etag")! });
      }
      expect((await actAs(office, client, () => completeUploadAction({ uploadId, parts }))).ok).toBe(true);
      // Parts go to the storage key itself; completing ended the multipart upload, so nothing is left to copy.
      const upload = (await row(uploadId))!;
      for (const url of urls) expect(new URL(url).pathname).toContain(upload.storageKey);
      expect(upload).toMatchObject({ status: "verified", stagingKey: null, multipartId: null });

      // Every part again with other bytes, then complete again with their ETags.
      const replayed: UploadedPart[] = [];
      for (const [index, url] of urls.entries()) {
        const length = index < urls.length - 1 ? PART_BYTES : size - index * PART_BYTES;
        const response = await fetch(url, { method: "PUT", body: new Uint8Array(Buffer.alloc(length, 0x3c)) });
        replayed.push({ partNumber: index + 1, etag: response.headers.get("etag") ?? "x" });
      }
      expect(await actAs(office, client, () => completeUploadAction({ uploadId, parts: replayed }))).toEqual({
        ok: false,
        code: "errors.not_found",
      });
      const sent = await actAs(office, client, () =>
        sendMessageAction({ dossierId, subject: "Scan", body: "Bijgevoegd.", uploadIds: [uploadId] }),
      );
      if (!sent.ok) throw new Error(sent.code);
      const [document] = await database.db.select().from(documents).where(eq(documents.messageId, sent.data.id));
      expect(sha256(await served(staff, document!.id))).toBe(sha256(body));
    },
  );

  it("two completes at once: one verifies, the other finds nothing to complete", async () => {
    const pdf = makePdf(["Tegelijk"]);
    const requested = await actAs(office, client, () =>
      requestUploadAction({ dossierId, fileName: "Tegelijk.pdf", contentType: "application/pdf", size: pdf.length }),
    );
    if (!requested.ok) throw new Error(requested.code);
    await put(asPut(requested.data), pdf);
    const results = await Promise.all([
      completeUpload({ viewer: client, uploadId: requested.data.uploadId }).then(
        () => "ok",
        (error: { code?: string }) => error.code,
      ),
      completeUpload({ viewer: client, uploadId: requested.data.uploadId }).then(
        () => "ok",
        (error: { code?: string }) => error.code,
      ),
    ]);
    expect(results.sort()).toEqual(["errors.not_found", "ok"]);
    expect((await row(requested.data.uploadId))!.status).toBe("verified");
  });
});

describe("what is left at the staging key", () => {
  it("complete deletes the staging object; a late PUT's object is removed by the clean-up once the URL has expired", async () => {
    const pdf = makePdf(["Laat"]);
    const ticket = await clientUpload(pdf);
    const upload = (await row(ticket.uploadId))!;
    expect(await objectExists(s3, upload.stagingKey!)).toBe(false);
    await put(ticket, swapFor(pdf));
    expect(await objectExists(s3, upload.stagingKey!)).toBe(true);

    // While the URL may still be valid, the clean-up leaves it (deleting it then would only invite another PUT).
    await cleanUpAbandonedUploads(database.db, { now: new Date(upload.createdAt.getTime() + 60_000), storage: s3.storage });
    expect((await row(ticket.uploadId))!.stagingKey).toBe(upload.stagingKey);

    await cleanUpAbandonedUploads(database.db, {
      now: new Date(upload.createdAt.getTime() + STAGING_OBJECT_AGE_MS + 60_000),
      storage: s3.storage,
    });
    expect(await objectExists(s3, upload.stagingKey!)).toBe(false);
    expect(await row(ticket.uploadId)).toMatchObject({ stagingKey: null, status: "verified" });
    expect(sha256((await objectBytes(upload.storageKey))!)).toBe(sha256(pdf));
  });

  it("discarding, or abandoning, an upload removes the objects at both keys", async () => {
    const pdf = makePdf(["Weg"]);
    const discarded = await clientUpload(pdf);
    const first = (await row(discarded.uploadId))!;
    await put(discarded, swapFor(pdf));
    expect(await objectExists(s3, first.stagingKey!)).toBe(true);
    expect(await actAs(office, client, () => discardUploadAction({ uploadId: discarded.uploadId }))).toEqual({
      ok: true,
      data: undefined,
    });
    expect([await objectExists(s3, first.storageKey), await objectExists(s3, first.stagingKey!)]).toEqual([false, false]);

    const abandoned = await clientUpload(pdf);
    const second = (await row(abandoned.uploadId))!;
    await put(abandoned, swapFor(pdf));
    expect(await objectExists(s3, second.stagingKey!)).toBe(true);
    await cleanUpAbandonedUploads(database.db, {
      now: new Date(second.createdAt.getTime() + ABANDONED_UPLOAD_AGE_MS + 60_000),
      storage: s3.storage,
    });
    expect(await row(abandoned.uploadId)).toBeUndefined();
    expect([await objectExists(s3, second.storageKey), await objectExists(s3, second.stagingKey!)]).toEqual([false, false]);
  });

  it("a rejected file leaves no object at either key and no row", async () => {
    const pdf = makePdf(["Echt"]);
    const requested = await actAs(office, client, () =>
      requestUploadAction({ dossierId, fileName: "Nep.pdf", contentType: "application/pdf", size: pdf.length }),
    );
    if (!requested.ok) throw new Error(requested.code);
    const upload = (await row(requested.data.uploadId))!;
    await put(asPut(requested.data), swapFor(pdf));
    expect(await objectExists(s3, upload.stagingKey!)).toBe(true);
    expect(await actAs(office, client, () => completeUploadAction({ uploadId: upload.id }))).toEqual({
      ok: false,
      code: "files.content_mismatch",
    });
    expect(await row(upload.id)).toBeUndefined();
    expect([await objectExists(s3, upload.storageKey), await objectExists(s3, upload.stagingKey!)]).toEqual([false, false]);
  });

  it("an upload requested before staging keys existed is copied to a new key when completed", async () => {
    const pdf = makePdf(["Van voor de wijziging"]);
    const oldKey = objectKeyFor({ officeId: office.id, dossierId });
    const [legacy] = await database.db
      .insert(uploads)
      .values({
        officeId: office.id,
        dossierId,
        userId: client.userId,
        storageKey: oldKey,
        fileName: "Oud.pdf",
        contentType: "application/pdf",
        size: pdf.length,
      })
      .returning();
    await putObject(oldKey, pdf, "application/pdf", s3.storage); // what its browser PUT to the key it was given

    expect((await actAs(office, client, () => completeUploadAction({ uploadId: legacy!.id }))).ok).toBe(true);
    const upload = (await row(legacy!.id))!;
    expect(upload).toMatchObject({ status: "verified", stagingKey: oldKey });
    expect(upload.storageKey).not.toBe(oldKey);
    await putObject(oldKey, swapFor(pdf), "application/pdf", s3.storage); // the old URL replayed
    expect(sha256((await objectBytes(upload.storageKey))!)).toBe(sha256(pdf));
  });
});
