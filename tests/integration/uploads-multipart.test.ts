// Large files (50 MB and up) in parts, against a real database and the embedded S3 server: the ticket, signing
// each part, joining them, and what happens to the parts when the upload is abandoned.
import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { GetObjectCommand } from "@aws-sdk/client-s3";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uploads } from "@/db/schema";
import type { Viewer } from "@/lib/core/viewer";
import { MULTIPART_THRESHOLD_BYTES, PART_BYTES } from "@/lib/storage/multipart";
import { completeUploadAction, discardUploadAction, requestUploadAction, signUploadPartAction } from "@/lib/uploads/actions";
import { ABANDONED_UPLOAD_AGE_MS, cleanUpAbandonedUploads } from "@/lib/uploads/cleanup";
import type { UploadedPart } from "@/lib/uploads/types";
import { actAs, createDossier, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { startTestS3, type TestS3, storageEnv } from "../support/s3-server";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let s3: TestS3;
let office: TestOffice;
let client: TestUser<"client">;
let neighbour: TestUser<"client">;
let dossierId: string;

const SIZE = 60 * 1024 * 1024;
/** A 60 MB "PDF": the magic bytes the server checks, then varied filler so a misplaced part shows. */
function bigPdf(): Buffer {
  const body = Buffer.alloc(SIZE);
  body.write("%PDF-1.4\n", 0, "latin1");
  for (let offset = 4096; offset + 4 <= SIZE; offset += 4096) body.writeUInt32BE(offset, offset);
  return body;
}
const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

async function start(viewer: Viewer, size = SIZE) {
  const ticket = await actAs(office, viewer, () =>
    requestUploadAction({ dossierId, fileName: "Grote scan.pdf", contentType: "application/pdf", size }),
  );
  if (!ticket.ok) throw new Error(ticket.code);
  if (!("multipart" in ticket.data)) throw new Error("expected a multipart ticket");
  return ticket.data;
}

async function sendPart(viewer: Viewer, uploadId: string, partNumber: number, body: Buffer): Promise<UploadedPart> {
  const signed = await actAs(office, viewer, () => signUploadPartAction({ uploadId, partNumber }));
  if (!signed.ok) throw new Error(signed.code);
  const slice = body.subarray((partNumber - 1) * PART_BYTES, Math.min(body.length, partNumber * PART_BYTES));
  const response = await fetch(signed.data.url, { method: "PUT", body: new Uint8Array(slice) });
  expect(response.status).toBe(200);
  return { partNumber, etag: response.headers.get("etag")! };
}

beforeAll(async () => {
  [database, s3] = await Promise.all([createTestDatabase(), startTestS3()]);
  configureProcess(
    {
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "klantenportaal-multipart-")),
      ...storageEnv(s3),
    },
    database,
  );
  office = await createOffice(database.db);
  [client, neighbour] = await Promise.all([createUser(database.db, office.id, "client"), createUser(database.db, office.id, "client")]);
  dossierId = (await createDossier(database.db, office.id, [client.userId, neighbour.userId])).id;
});
afterAll(async () => {
  await Promise.all([database?.close(), s3?.close()]);
});

describe("multipart uploads", { timeout: 60_000 }, () => {
  it("a file under 50 MB gets one PUT, from 50 MB on it goes in 10 MB parts", async () => {
    const small = await actAs(office, client, () =>
      requestUploadAction({ dossierId, fileName: "a.pdf", contentType: "application/pdf", size: MULTIPART_THRESHOLD_BYTES - 1 }),
    );
    expect(small.ok && "url" in small.data).toBe(true);
    const ticket = await start(client);
    expect(ticket.multipart).toEqual({ partBytes: PART_BYTES, partCount: 6 });
    const [row] = await database.db.select().from(uploads).where(eq(uploads.id, ticket.uploadId));
    expect(row!.multipartId).toBeTruthy();
  });

  it("joins the parts into the exact file, verified like any other upload", async () => {
    const body = bigPdf();
    const ticket = await start(client);
    const parts: UploadedPart[] = [];
    for (let n = 1; n <= 6; n++) parts.push(await sendPart(client, ticket.uploadId, n, body));
    // Part 2 sent again (a retry after a broken connection) simply replaces itself.
    parts[1] = await sendPart(client, ticket.uploadId, 2, body);

    const done = await actAs(office, client, () => completeUploadAction({ uploadId: ticket.uploadId, parts }));
    expect(done).toEqual({
      ok: true,
      data: { uploadId: ticket.uploadId, fileName: "Grote scan.pdf", size: SIZE, contentType: "application/pdf" },
    });
    const [row] = await database.db.select().from(uploads).where(eq(uploads.id, ticket.uploadId));
    expect(row).toMatchObject({ status: "verified", multipartId: null });
    const stored = await s3.storage.s3.send(new GetObjectCommand({ Bucket: s3.settings.bucket, Key: row!.storageKey }));
    expect(sha256(await stored.Body!.transformToByteArray())).toBe(sha256(body));
  });

  it("refuses missing or out-of-range parts, and other people's uploads, changing nothing", async () => {
    const body = bigPdf();
    const ticket = await start(client);
    for (const partNumber of [0, 7, 1.5]) {
      const signed = await actAs(office, client, () => signUploadPartAction({ uploadId: ticket.uploadId, partNumber }));
      expect(signed.ok, String(partNumber)).toBe(false);
    }
    // The co-client may not sign, complete or discard it.
    expect(await actAs(office, neighbour, () => signUploadPartAction({ uploadId: ticket.uploadId, partNumber: 1 }))).toEqual({
      ok: false,
      code: "errors.not_found",
    });
    const parts = [await sendPart(client, ticket.uploadId, 1, body), await sendPart(client, ticket.uploadId, 2, body)];
    expect(await actAs(office, neighbour, () => completeUploadAction({ uploadId: ticket.uploadId, parts }))).toEqual({
      ok: false,
      code: "errors.not_found",
    });
    expect(await actAs(office, client, () => completeUploadAction({ uploadId: ticket.uploadId, parts }))).toEqual({
      ok: false,
      code: "uploads.parts_missing",
    });
    const [row] = await database.db.select().from(uploads).where(eq(uploads.id, ticket.uploadId));
    expect(row).toMatchObject({ status: "pending" });
    expect(row!.multipartId).toBeTruthy();
  });

  it("an unfinished upload can be discarded or abandoned like any other: the row goes, nothing is left to attach", async () => {
    // (s3rver cannot list or abort multipart uploads; MinIO and S3 do, see lib/storage/multipart.ts.)
    const body = bigPdf();
    const discarded = await start(client);
    await sendPart(client, discarded.uploadId, 1, body);
    expect(await actAs(office, client, () => discardUploadAction({ uploadId: discarded.uploadId }))).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await database.db.select().from(uploads).where(eq(uploads.id, discarded.uploadId))).toEqual([]);

    const abandoned = await start(client);
    await sendPart(client, abandoned.uploadId, 1, body);
    await database.db
      .update(uploads)
      .set({ createdAt: new Date(Date.now() - 2 * ABANDONED_UPLOAD_AGE_MS) })
      .where(eq(uploads.id, abandoned.uploadId));
    expect(await cleanUpAbandonedUploads(database.db, { storage: s3.storage })).toBe(1);
    expect(await database.db.select().from(uploads).where(eq(uploads.id, abandoned.uploadId))).toEqual([]);
    expect(await actAs(office, client, () => signUploadPartAction({ uploadId: abandoned.uploadId, partNumber: 2 }))).toEqual({
      ok: false,
      code: "errors.not_found",
    });
  });
});
