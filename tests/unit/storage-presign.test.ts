// Presigning is pure computation: a client pointed at an address nothing listens on is enough.
import { afterAll, describe, expect, it } from "vitest";
import { createStorage } from "@/lib/storage/client";
import { objectKeyFor } from "@/lib/storage/keys";
import { presignDownload, presignUpload } from "@/lib/storage/presign";

const storage = createStorage({
  endpoint: "http://127.0.0.1:1",
  publicEndpoint: "https://files.example.test",
  region: "us-east-1",
  bucket: "klantenportaal",
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
});
afterAll(() => {
  storage.s3.destroy();
  storage.presigner.destroy();
});

const key = objectKeyFor({
  officeId: "0b7f2c3e-8d4a-4c1e-9f10-2a3b4c5d6e7f",
  dossierId: "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9",
});

describe("presignDownload", () => {
  it("signs a 60-second GET on the public endpoint with attachment and the database content type", async () => {
    const before = Date.now();
    const { url, expiresAt } = await presignDownload(
      { key, fileName: "Koopakte – concept é.pdf", contentType: "application/pdf" },
      { storage },
    );
    const parsed = new URL(url);
    expect(`${parsed.origin}${parsed.pathname}`).toBe(`https://files.example.test/klantenportaal/${key}`);
    expect(parsed.searchParams.get("X-Amz-Expires")).toBe("60");
    expect(parsed.searchParams.get("response-content-type")).toBe("application/pdf");
    const disposition = parsed.searchParams.get("response-content-disposition");
    expect(disposition).toBe(`attachment; filename="Koopakte concept e.pdf"; filename*=UTF-8''Koopakte%20%E2%80%93%20concept%20%C3%A9.pdf`);
    expect(url).not.toContain("Koopakte –"); // the name is encoded in the URL, never raw
    expect(expiresAt.getTime() - before).toBeGreaterThan(55_000);
    expect(expiresAt.getTime() - before).toBeLessThanOrEqual(61_000);
    // No SDK checksum parameters (docs/platform-notes.md): they would make s3rver/MinIO expect a body hash.
    expect(url).not.toMatch(/x-amz-checksum|x-amz-sdk-checksum/i);
  });

  it("refuses keys that were not built by keys.ts", async () => {
    await expect(
      presignDownload({ key: "o/../../secret", fileName: "a.pdf", contentType: "application/pdf" }, { storage }),
    ).rejects.toThrow(/key/);
  });
});

describe("presignUpload", () => {
  it("signs content type and length into a 5-minute PUT", async () => {
    const upload = await presignUpload({ key, contentType: "application/pdf", size: 12345 }, { storage });
    const parsed = new URL(upload.url);
    expect(upload.method).toBe("PUT");
    expect(parsed.origin).toBe("https://files.example.test");
    expect(parsed.searchParams.get("X-Amz-Expires")).toBe("300");
    expect(parsed.searchParams.get("X-Amz-SignedHeaders")?.split(";")).toEqual(
      expect.arrayContaining(["content-length", "content-type", "host"]),
    );
    expect(parsed.searchParams.has("x-amz-checksum-crc32")).toBe(false);
    expect(parsed.searchParams.has("x-amz-sdk-checksum-algorithm")).toBe(false);
    expect(upload.headers).toEqual({ "Content-Type": "application/pdf" });
  });

  it("refuses what checkDeclaredFile would refuse", async () => {
    await expect(presignUpload({ key, contentType: "text/html", size: 10 }, { storage })).rejects.toThrow();
    await expect(presignUpload({ key, contentType: "application/pdf", size: 0 }, { storage })).rejects.toThrow();
    await expect(presignUpload({ key, contentType: "application/pdf", size: 1024 * 1024 * 1024 + 1 }, { storage })).rejects.toThrow();
    await expect(presignUpload({ key: "uploads/Koopakte.pdf", contentType: "application/pdf", size: 10 }, { storage })).rejects.toThrow();
  });
});
