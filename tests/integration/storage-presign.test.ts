// Presigned URLs against a real (embedded) S3 server: round trip, expiry, CORS.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { objectKeyFor } from "@/lib/storage/keys";
import { presignDownload, presignUpload } from "@/lib/storage/presign";
import { startTestS3, TEST_ORIGIN, type TestS3 } from "@/tests/support/s3-server";

let s3: TestS3;
beforeAll(async () => {
  s3 = await startTestS3();
});
afterAll(async () => {
  await s3?.close();
});

const newKey = () => objectKeyFor({ officeId: "0b7f2c3e-8d4a-4c1e-9f10-2a3b4c5d6e7f", dossierId: "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9" });

/** Bytes that cover every value, so any re-encoding or checksum framing would show. */
const BODY = new Uint8Array(Array.from({ length: 70_000 }, (_, i) => (i * 31 + 7) % 256));

async function upload(key: string, body: Uint8Array<ArrayBuffer>, contentType = "application/pdf", size = body.length) {
  const { url, headers, method } = await presignUpload({ key, contentType, size }, { storage: s3.storage });
  return fetch(url, { method, headers, body });
}

describe("presigned upload and download", () => {
  it("round-trips the exact bytes and serves them as an attachment with the stored type", async () => {
    const key = newKey();
    const put = await upload(key, BODY);
    expect(put.status).toBe(200);

    const { url } = await presignDownload(
      { key, fileName: "Koopakte – concept é.pdf", contentType: "application/pdf" },
      { storage: s3.storage },
    );
    const get = await fetch(url);
    expect(get.status).toBe(200);
    expect(new Uint8Array(await get.arrayBuffer())).toEqual(BODY);
    expect(get.headers.get("content-type")).toBe("application/pdf");
    expect(get.headers.get("content-disposition")).toBe(
      `attachment; filename="Koopakte concept e.pdf"; filename*=UTF-8''Koopakte%20%E2%80%93%20concept%20%C3%A9.pdf`,
    );
  });

  it("refuses an expired download URL", async () => {
    const key = newKey();
    expect((await upload(key, BODY)).status).toBe(200);
    const { url } = await presignDownload(
      { key, fileName: "a.pdf", contentType: "application/pdf" },
      { storage: s3.storage, expiresInSeconds: 1 },
    );
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const get = await fetch(url);
    expect(get.status).toBe(403);
    expect(await get.text()).toContain("Request has expired");
  });

  it("refuses an expired upload URL", async () => {
    const { url, headers } = await presignUpload(
      { key: newKey(), contentType: "text/plain", size: 5 },
      { storage: s3.storage, expiresInSeconds: 1 },
    );
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const put = await fetch(url, { method: "PUT", headers, body: "hello" });
    expect(put.status).toBe(403);
  });
});

describe("CORS", () => {
  const preflight = (origin: string) =>
    fetch(`${s3.endpoint}/${s3.settings.bucket}/${newKey()}`, {
      method: "OPTIONS",
      headers: { Origin: origin, "Access-Control-Request-Method": "PUT", "Access-Control-Request-Headers": "content-type" },
    });

  it("lets the portal's origin upload", async () => {
    const response = await preflight(TEST_ORIGIN);
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBeTruthy();
    expect(response.headers.get("access-control-allow-methods")).toContain("PUT");
    expect(response.headers.get("access-control-allow-headers")).toBe("content-type");
  });

  it("gives any other origin nothing", async () => {
    for (const origin of ["https://evil.example", "http://localhost:3001", "http://localhost:3000.evil.example"]) {
      const response = await preflight(origin);
      expect(response.status).toBe(403);
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
    }
  });

  it("names the portal's origin, not *, on the actual response", async () => {
    const key = newKey();
    expect((await upload(key, BODY)).status).toBe(200);
    const { url } = await presignDownload({ key, fileName: "a.pdf", contentType: "application/pdf" }, { storage: s3.storage });
    const allowed = await fetch(url, { headers: { Origin: TEST_ORIGIN } });
    expect(allowed.headers.get("access-control-allow-origin")).toBe(TEST_ORIGIN);
    expect(allowed.headers.get("access-control-expose-headers")).toContain("ETag");
    const other = await fetch(url, { headers: { Origin: "https://evil.example" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});
