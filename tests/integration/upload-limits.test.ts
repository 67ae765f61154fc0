// Per-user upload limits (issue 11, low): at most UPLOAD_TICKETS_PER_HOUR tickets in any rolling hour and at most
// PENDING_UPLOAD_BYTES_PER_USER waiting (pending or verified, not sent) at a time. A refused request answers
// with a translated code and writes nothing. Real database and (embedded) S3 server.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, rateLimits, uploads } from "@/db/schema";
import { objectKeyFor } from "@/lib/storage/keys";
import { requestUploadAction } from "@/lib/uploads/actions";
import { PENDING_UPLOAD_BYTES_PER_USER, UPLOAD_TICKETS_PER_HOUR } from "@/lib/uploads/limits";
import { requestUpload } from "@/lib/uploads/uploads";
import { actAs, createDossier, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { startTestS3, storageEnv, type TestS3 } from "../support/s3-server";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let s3: TestS3;
let office: TestOffice;
let dossierId: string;

const small = { fileName: "Notitie.txt", contentType: "text/plain", size: 10 };

beforeAll(async () => {
  [database, s3] = await Promise.all([createTestDatabase(), startTestS3()]);
  configureProcess({ DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "klantenportaal-limits-")), ...storageEnv(s3) }, database);
  office = await createOffice(database.db);
  dossierId = (await createDossier(database.db, office.id)).id;
});
afterAll(async () => {
  await Promise.all([database?.close(), s3?.close()]);
});

async function written(user: TestUser) {
  const [[rows], [audits]] = await Promise.all([
    database.db.select({ n: count() }).from(uploads).where(eq(uploads.userId, user.userId)),
    database.db
      .select({ n: count() })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, user.userId), eq(auditEvents.action, "upload.request"))),
  ]);
  return { rows: rows!.n, audits: audits!.n };
}

/** Moves the user's counted tickets `minutes` into the past, as if they had been asked for then. */
async function age(user: TestUser, minutes: number) {
  await database.db
    .update(rateLimits)
    .set({ windowStart: sql`${rateLimits.windowStart} - make_interval(mins => ${minutes})` })
    .where(eq(rateLimits.key, `upload-ticket:${user.userId}`));
}

describe("upload tickets per hour", () => {
  it(
    `allows ${UPLOAD_TICKETS_PER_HOUR} an hour per user, then refuses with a message and writes nothing`,
    { timeout: 60_000 },
    async () => {
      const [client, other] = [await createUser(database.db, office.id, "client"), await createUser(database.db, office.id, "client")];
      const dossierId = (await createDossier(database.db, office.id, [client.userId, other.userId])).id;
      for (let i = 0; i < UPLOAD_TICKETS_PER_HOUR; i++) await requestUpload({ viewer: client, ip: null, dossierId, ...small });
      const before = await written(client);
      expect(before).toEqual({ rows: UPLOAD_TICKETS_PER_HOUR, audits: UPLOAD_TICKETS_PER_HOUR });

      expect(await actAs(office, client, () => requestUploadAction({ dossierId, ...small }))).toEqual({
        ok: false,
        code: "uploads.too_many_requests",
      });
      // A large file is refused before the store is asked for a multipart upload.
      expect(
        await actAs(office, client, () =>
          requestUploadAction({ dossierId, fileName: "Scan.pdf", contentType: "application/pdf", size: 60 * 1024 * 1024 }),
        ),
      ).toEqual({ ok: false, code: "uploads.too_many_requests" });
      expect(await written(client)).toEqual(before);
      // Someone else is not affected.
      expect((await actAs(office, other, () => requestUploadAction({ dossierId, ...small }))).ok).toBe(true);

      // A rolling hour: half an hour later it is still refused, an hour later allowed again.
      await age(client, 30);
      expect(await actAs(office, client, () => requestUploadAction({ dossierId, ...small }))).toMatchObject({
        code: "uploads.too_many_requests",
      });
      await age(client, 32);
      expect((await actAs(office, client, () => requestUploadAction({ dossierId, ...small }))).ok).toBe(true);
    },
  );

  it("counts staff tickets too, and refused requests do not count", async () => {
    const staff = await createUser(database.db, office.id, "staff");
    await database.db
      .insert(rateLimits)
      .values({ key: `upload-ticket:${staff.userId}`, windowStart: new Date(Date.now() - 5 * 60_000), count: UPLOAD_TICKETS_PER_HOUR - 1 });
    expect((await actAs(office, staff, () => requestUploadAction({ dossierId, ...small }))).ok).toBe(true);
    for (let i = 0; i < 3; i++) {
      expect(await actAs(office, staff, () => requestUploadAction({ dossierId, ...small }))).toEqual({
        ok: false,
        code: "uploads.too_many_requests",
      });
    }
    const [counted] = await database.db
      .select({ n: sql<number>`sum(${rateLimits.count})::int` })
      .from(rateLimits)
      .where(eq(rateLimits.key, `upload-ticket:${staff.userId}`));
    expect(counted!.n).toBe(UPLOAD_TICKETS_PER_HOUR);
  });
});

describe("pending upload bytes per user", () => {
  it("refuses a file that would bring the user's unsent uploads over 2 GB, and writes nothing", async () => {
    const [staff, colleague] = [await createUser(database.db, office.id, "staff"), await createUser(database.db, office.id, "staff")];
    const GB = 1024 * 1024 * 1024;
    const row = (userId: string, size: number, status: "pending" | "verified" | "attached") => ({
      officeId: office.id,
      dossierId,
      userId,
      storageKey: objectKeyFor({ officeId: office.id, dossierId }),
      fileName: "Groot.pdf",
      contentType: "application/pdf",
      size,
      status,
    });
    const [waiting] = await database.db
      .insert(uploads)
      .values([
        row(staff.userId, GB, "pending"),
        row(staff.userId, PENDING_UPLOAD_BYTES_PER_USER - GB - 10, "verified"),
        row(staff.userId, 10 * GB, "attached"), // sent long ago: not waiting
        row(colleague.userId, PENDING_UPLOAD_BYTES_PER_USER, "pending"), // someone else's
      ])
      .returning({ id: uploads.id });

    // Exactly up to the limit is allowed.
    expect((await actAs(office, staff, () => requestUploadAction({ dossierId, ...small }))).ok).toBe(true);
    const before = await written(staff);
    expect(await actAs(office, staff, () => requestUploadAction({ dossierId, ...small, size: 1 }))).toEqual({
      ok: false,
      code: "uploads.pending_quota_reached",
    });
    expect(
      await actAs(office, staff, () =>
        requestUploadAction({ dossierId, fileName: "Scan.pdf", contentType: "application/pdf", size: 60 * 1024 * 1024 }),
      ),
    ).toEqual({ ok: false, code: "uploads.pending_quota_reached" });
    expect(await written(staff)).toEqual(before);

    // Once a waiting upload is sent (attached), there is room again.
    await database.db.update(uploads).set({ status: "attached" }).where(eq(uploads.id, waiting!.id));
    expect((await actAs(office, staff, () => requestUploadAction({ dossierId, ...small }))).ok).toBe(true);
  });
});
