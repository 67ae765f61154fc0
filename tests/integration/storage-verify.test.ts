// verifyUploadedObject against a real (embedded) S3 server: what was signed for is what is kept.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStorage } from "@/lib/storage/client";
import { objectKeyFor } from "@/lib/storage/keys";
import { presignUpload } from "@/lib/storage/presign";
import { checkStorage, deleteObject } from "@/lib/storage/objects";
import { verifyUploadedObject } from "@/lib/storage/verify";
import { objectExists, startTestS3, type TestS3 } from "@/tests/support/s3-server";

let s3: TestS3;
beforeAll(async () => {
  s3 = await startTestS3();
});
afterAll(async () => {
  await s3?.close();
});

const newKey = () => objectKeyFor({ officeId: "0b7f2c3e-8d4a-4c1e-9f10-2a3b4c5d6e7f", dossierId: "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9" });

const PDF = new TextEncoder().encode(
  [
    "%PDF-1.4",
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj",
    "trailer << /Root 1 0 R >>",
    "%%EOF",
    "",
  ].join("\n"),
);
// The start of a Windows executable: "MZ", then the DOS header and stub.
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, ...new Array(200).fill(0)]);
const TXT = new TextEncoder().encode("Beste notaris,\nHierbij de stukken.\n— Eva\n");

/** Uploads through a presigned PUT as a browser would; `body` may differ from what was declared. */
async function upload(key: string, contentType: string, declaredSize: number, body: Uint8Array<ArrayBuffer>) {
  const { url, headers } = await presignUpload({ key, contentType, size: declaredSize }, { storage: s3.storage });
  const response = await fetch(url, { method: "PUT", headers, body });
  expect(response.status).toBe(200);
}

describe("verifyUploadedObject", () => {
  it("accepts a real small PDF and keeps it", async () => {
    const key = newKey();
    await upload(key, "application/pdf", PDF.length, PDF);
    const input = { key, expectedSize: PDF.length, declaredContentType: "application/pdf", fileName: "Koopakte.pdf" };
    expect(await verifyUploadedObject(input, s3.storage)).toEqual({ ok: true });
    expect(await objectExists(s3, key)).toBe(true);
  });

  it("accepts a text file", async () => {
    const key = newKey();
    await upload(key, "text/plain", TXT.length, TXT);
    const input = { key, expectedSize: TXT.length, declaredContentType: "text/plain", fileName: "notities.txt" };
    expect(await verifyUploadedObject(input, s3.storage)).toEqual({ ok: true });
  });

  it("rejects and deletes an object whose size is not the declared one", async () => {
    const key = newKey();
    const bigger = new Uint8Array([...PDF, ...new Array(1000).fill(0x20)]);
    await upload(key, "application/pdf", PDF.length, bigger); // s3rver does not enforce the signed length
    const input = { key, expectedSize: PDF.length, declaredContentType: "application/pdf", fileName: "Koopakte.pdf" };
    expect(await verifyUploadedObject(input, s3.storage)).toEqual({ ok: false, code: "files.size_mismatch" });
    expect(await objectExists(s3, key)).toBe(false);
  });

  it("rejects and deletes an executable uploaded as a PDF", async () => {
    const key = newKey();
    await upload(key, "application/pdf", EXE.length, EXE);
    const input = { key, expectedSize: EXE.length, declaredContentType: "application/pdf", fileName: "factuur.pdf" };
    expect(await verifyUploadedObject(input, s3.storage)).toEqual({ ok: false, code: "files.content_mismatch" });
    expect(await objectExists(s3, key)).toBe(false);
  });

  it("rejects and deletes a PDF sent with another content type than the one signed", async () => {
    const key = newKey();
    const { url } = await presignUpload({ key, contentType: "application/pdf", size: PDF.length }, { storage: s3.storage });
    const put = await fetch(url, { method: "PUT", headers: { "Content-Type": "text/html" }, body: PDF });
    expect(put.status).toBe(200); // s3rver does not check the signed header; verify must
    const input = { key, expectedSize: PDF.length, declaredContentType: "application/pdf", fileName: "a.pdf" };
    expect(await verifyUploadedObject(input, s3.storage)).toEqual({ ok: false, code: "files.content_mismatch" });
    expect(await objectExists(s3, key)).toBe(false);
  });

  it("rejects a binary file named .txt", async () => {
    const key = newKey();
    await upload(key, "text/plain", EXE.length, EXE);
    const input = { key, expectedSize: EXE.length, declaredContentType: "text/plain", fileName: "notities.txt" };
    expect(await verifyUploadedObject(input, s3.storage)).toEqual({ ok: false, code: "files.content_mismatch" });
    expect(await objectExists(s3, key)).toBe(false);
  });

  it("says files.missing when nothing was uploaded", async () => {
    const input = { key: newKey(), expectedSize: 10, declaredContentType: "application/pdf", fileName: "a.pdf" };
    expect(await verifyUploadedObject(input, s3.storage)).toEqual({ ok: false, code: "files.missing" });
  });
});

describe("bucket helpers", () => {
  it("deleteObject removes an object and tolerates a missing one", async () => {
    const key = newKey();
    await upload(key, "application/pdf", PDF.length, PDF);
    await deleteObject(key, s3.storage);
    expect(await objectExists(s3, key)).toBe(false);
    await expect(deleteObject(key, s3.storage)).resolves.toBeUndefined();
  });

  it("checkStorage is true for the bucket and false for a missing bucket or a dead endpoint", async () => {
    expect(await checkStorage(s3.storage)).toBe(true);
    const missing = createStorage({ ...s3.settings, bucket: "does-not-exist" });
    const dead = createStorage({ ...s3.settings, endpoint: "http://127.0.0.1:1" });
    expect(await checkStorage(missing)).toBe(false);
    expect(await checkStorage(dead, 2_000)).toBe(false);
    for (const storage of [missing, dead]) {
      storage.s3.destroy();
      storage.presigner.destroy();
    }
  });
});
