// The office logo against a real database and a real (embedded) S3 server: the browser's PUT is replayed with
// fetch on the presigned URL. Checks what is kept, what is refused, and that replaced objects are deleted.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { makePdf } from "@/lib/seed/pdf";
import { auditEvents, offices, uploads } from "@/db/schema";
import { completeLogoUploadAction, removeLogoAction, requestLogoUploadAction } from "@/lib/offices/actions";
import { getOfficeSettings } from "@/lib/offices/settings";
import { completeUploadAction, discardUploadAction, requestUploadAction } from "@/lib/uploads/actions";
import { actAs, createDossier, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { asPut } from "../support/uploads";
import { startTestS3, TEST_BUCKET, type TestS3, storageEnv } from "../support/s3-server";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let s3: TestS3;
let office: TestOffice;
let otherOffice: TestOffice;
let admin: TestUser<"admin">;
let otherAdmin: TestUser<"admin">;

// A 1×1 PNG and the start of a JPEG (SOI + JFIF APP0): enough for the magic-byte check.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]),
  Buffer.alloc(100),
  Buffer.from([0xff, 0xd9]),
]);
const EXE = Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, ...new Array(200).fill(0)]);

beforeAll(async () => {
  [database, s3] = await Promise.all([createTestDatabase(), startTestS3()]);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "klantenportaal-logo-"));
  configureProcess({ DATA_DIR: dataDir, ...storageEnv(s3) }, database);
  [office, otherOffice] = await Promise.all([createOffice(database.db), createOffice(database.db)]);
  [admin, otherAdmin] = await Promise.all([createUser(database.db, office.id, "admin"), createUser(database.db, otherOffice.id, "admin")]);
});
afterAll(async () => {
  await Promise.all([database?.close(), s3?.close()]);
});
beforeEach(async () => {
  await actAs(office, admin, () => removeLogoAction({}));
  await database.db.delete(uploads);
});

async function storedKeys(): Promise<string[]> {
  const listed = await s3.storage.s3.send(new ListObjectsV2Command({ Bucket: TEST_BUCKET }));
  return (listed.Contents ?? []).map((object) => object.Key!);
}

async function logoKey(id = office.id): Promise<string | null> {
  const [row] = await database.db.select({ logoKey: offices.logoKey }).from(offices).where(eq(offices.id, id));
  return row!.logoKey;
}

/** Request a ticket, then PUT `body` (which may differ from what was declared) as the browser would. */
async function put(file: { fileName: string; contentType: string }, body: Buffer, as = admin, at = office) {
  const ticket = await actAs(at, as, () => requestLogoUploadAction({ ...file, size: body.length }));
  if (!ticket.ok) throw new Error(ticket.code);
  const response = await fetch(asPut(ticket.data).url, { method: "PUT", headers: asPut(ticket.data).headers, body: new Uint8Array(body) });
  expect(response.status).toBe(200);
  return ticket.data.uploadId;
}

describe("office logo", () => {
  it("uploads straight to storage under an office key, verifies it and makes it the logo, with an audit event", async () => {
    const uploadId = await put({ fileName: "Logo kantoor.png", contentType: "image/png" }, PNG);
    const [pending] = await database.db.select().from(uploads).where(eq(uploads.id, uploadId));
    expect(pending!.storageKey).toMatch(new RegExp(`^o/${office.id}/office/[0-9a-f-]{36}$`));
    expect(await logoKey()).toBeNull();

    expect(await actAs(office, admin, () => completeLogoUploadAction({ uploadId }))).toEqual({
      ok: true,
      data: { fileName: "Logo kantoor.png" },
    });
    expect(await logoKey()).toBe(pending!.storageKey);
    const events = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.officeId, office.id), eq(auditEvents.action, "office.update")));
    expect(events.at(-1)!.data).toEqual({ fields: ["logo"] });

    const settings = await getOfficeSettings({ viewer: admin });
    expect(settings!.logo!.fileName).toBe("Logo kantoor.png");
    const preview = await fetch(settings!.logo!.previewUrl);
    expect(preview.status).toBe(200);
    expect(preview.headers.get("content-type")).toBe("image/png");
    expect(preview.headers.get("content-disposition")).toMatch(/^inline;/);
  });

  it("deletes the old object when the logo is replaced, and the object when it is removed", async () => {
    const first = await put({ fileName: "oud.png", contentType: "image/png" }, PNG);
    await actAs(office, admin, () => completeLogoUploadAction({ uploadId: first }));
    const firstKey = (await logoKey())!;
    const second = await put({ fileName: "nieuw.jpg", contentType: "image/jpeg" }, JPEG);
    expect((await actAs(office, admin, () => completeLogoUploadAction({ uploadId: second }))).ok).toBe(true);
    const secondKey = (await logoKey())!;
    expect(secondKey).not.toBe(firstKey);
    expect(await storedKeys()).toEqual([secondKey]);
    expect(await database.db.select({ key: uploads.storageKey }).from(uploads)).toEqual([{ key: secondKey }]);

    expect(await actAs(office, admin, () => removeLogoAction({}))).toEqual({ ok: true, data: undefined });
    expect(await logoKey()).toBeNull();
    expect(await storedKeys()).toEqual([]);
    expect(await database.db.select().from(uploads)).toEqual([]);
    expect((await getOfficeSettings({ viewer: admin }))!.logo).toBeNull();
  });

  it.each([
    ["a PDF", { fileName: "logo.pdf", contentType: "application/pdf", size: 1000 }, "admin_settings.logo_type"],
    ["an .exe", { fileName: "logo.exe", contentType: "application/octet-stream", size: 1000 }, "admin_settings.logo_type"],
    ["an image over 2 MB", { fileName: "logo.png", contentType: "image/png", size: 2 * 1024 * 1024 + 1 }, "admin_settings.logo_too_large"],
    ["an empty file", { fileName: "logo.png", contentType: "image/png", size: 0 }, "admin_settings.logo_empty"],
  ])("refuses %s before signing anything", async (_name, file, code) => {
    const result = await actAs(office, admin, () => requestLogoUploadAction(file));
    expect(result).toEqual({ ok: false, code, fieldErrors: { logo: code } });
    expect(await database.db.select().from(uploads)).toEqual([]);
  });

  it("refuses a non-image that claims to be a PNG, deletes the object and keeps the old logo", async () => {
    const good = await put({ fileName: "logo.png", contentType: "image/png" }, PNG);
    await actAs(office, admin, () => completeLogoUploadAction({ uploadId: good }));
    const kept = await logoKey();

    const fake = await put({ fileName: "logo.png", contentType: "image/png" }, EXE);
    expect(await actAs(office, admin, () => completeLogoUploadAction({ uploadId: fake }))).toEqual({
      ok: false,
      code: "admin_settings.logo_type",
      fieldErrors: { logo: "admin_settings.logo_type" },
    });
    const pdf = makePdf(["geen logo"]);
    const renamed = await put({ fileName: "logo.jpg", contentType: "image/jpeg" }, pdf);
    expect((await actAs(office, admin, () => completeLogoUploadAction({ uploadId: renamed }))).ok).toBe(false);

    expect(await logoKey()).toBe(kept);
    expect(await storedKeys()).toEqual([kept]);
    expect(await database.db.select({ id: uploads.id }).from(uploads)).toEqual([{ id: good }]);
  });

  it("another office's admin cannot complete this office's upload, and a completed one cannot be reused", async () => {
    const uploadId = await put({ fileName: "logo.png", contentType: "image/png" }, PNG);
    expect(await actAs(otherOffice, otherAdmin, () => completeLogoUploadAction({ uploadId }))).toEqual({
      ok: false,
      code: "errors.not_found",
    });
    expect(await logoKey(otherOffice.id)).toBeNull();
    expect(await logoKey()).toBeNull();
    expect((await actAs(office, admin, () => completeLogoUploadAction({ uploadId }))).ok).toBe(true);
    expect(await actAs(office, admin, () => completeLogoUploadAction({ uploadId }))).toEqual({ ok: false, code: "errors.not_found" });
    expect(await actAs(office, admin, () => completeLogoUploadAction({ uploadId: "not-a-uuid" }))).toEqual({
      ok: false,
      code: "errors.not_found",
    });
  });

  it("names a logo that never arrived, a size that does not match and an invalid name, and leaves nothing", async () => {
    const ticket = await actAs(office, admin, () =>
      requestLogoUploadAction({ fileName: "logo.png", contentType: "image/png", size: PNG.length }),
    );
    if (!ticket.ok) throw new Error(ticket.code);
    expect(await actAs(office, admin, () => completeLogoUploadAction({ uploadId: ticket.data.uploadId }))).toEqual({
      ok: false,
      code: "admin_settings.logo_missing",
      fieldErrors: { logo: "admin_settings.logo_missing" },
    });

    const lie = await actAs(office, admin, () => requestLogoUploadAction({ fileName: "logo.png", contentType: "image/png", size: 10 }));
    if (!lie.ok) throw new Error(lie.code);
    await fetch(lie.data.url, { method: "PUT", headers: lie.data.headers, body: new Uint8Array(PNG) });
    expect(await actAs(office, admin, () => completeLogoUploadAction({ uploadId: lie.data.uploadId }))).toEqual({
      ok: false,
      code: "files.size_mismatch",
      fieldErrors: { logo: "files.size_mismatch" },
    });

    const badName = { fileName: "logo\u202egnp.png", contentType: "image/png", size: PNG.length };
    expect(await actAs(office, admin, () => requestLogoUploadAction(badName))).toEqual({
      ok: false,
      code: "files.name_invalid",
      fieldErrors: { logo: "files.name_invalid" },
    });

    expect(await database.db.select().from(uploads)).toEqual([]);
    expect(await storedKeys()).toEqual([]);
    expect(await logoKey()).toBeNull();
  });

  it("a dossier upload never becomes the logo", async () => {
    const { id: dossierId } = await createDossier(database.db, office.id);
    const ticket = await actAs(office, admin, () =>
      requestUploadAction({ dossierId, fileName: "logo.png", contentType: "image/png", size: PNG.length }),
    );
    if (!ticket.ok) throw new Error(ticket.code);
    await fetch(asPut(ticket.data).url, { method: "PUT", headers: asPut(ticket.data).headers, body: new Uint8Array(PNG) });
    const { uploadId } = ticket.data;
    expect(await actAs(office, admin, () => completeLogoUploadAction({ uploadId }))).toEqual({ ok: false, code: "errors.not_found" });
    expect((await actAs(office, admin, () => completeUploadAction({ uploadId }))).ok).toBe(true);
    expect(await actAs(office, admin, () => completeLogoUploadAction({ uploadId }))).toEqual({ ok: false, code: "errors.not_found" });
    expect(await logoKey()).toBeNull();
    expect((await actAs(office, admin, () => discardUploadAction({ uploadId }))).ok).toBe(true);
    expect(await storedKeys()).toEqual([]);
  });
});
