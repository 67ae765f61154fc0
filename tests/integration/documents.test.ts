// Publishing, withdrawing and downloading documents, with read receipts, against a real database and S3 server.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePdf } from "@/lib/seed/pdf";
import { auditEvents, documentReads, documents, uploads } from "@/db/schema";
import { publishDocumentsAction, withdrawDocumentAction } from "@/lib/documents/actions";
import { openDocument } from "@/lib/documents/download";
import { listDocumentsForStaff } from "@/lib/documents/queries";
import { pageRequest } from "@/lib/pagination";
import { completeUploadAction, requestUploadAction } from "@/lib/uploads/actions";
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
let coBuyer: TestUser<"client">;
let stranger: TestUser<"client">;
let dossierId: string;

const PDF = makePdf(["Concept akte van levering"]);

beforeAll(async () => {
  [database, s3] = await Promise.all([createTestDatabase(), startTestS3()]);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "klantenportaal-documents-"));
  configureProcess({ DATA_DIR: dataDir, ...storageEnv(s3) }, database);
  [office, otherOffice] = await Promise.all([createOffice(database.db), createOffice(database.db)]);
  [staff, otherStaff, client, coBuyer, stranger] = await Promise.all([
    createUser(database.db, office.id, "staff"),
    createUser(database.db, otherOffice.id, "staff"),
    createUser(database.db, office.id, "client", { name: "Jan Jansen" }),
    createUser(database.db, office.id, "client", { name: "Marie Jansen" }),
    createUser(database.db, office.id, "client"),
  ]);
  dossierId = (await createDossier(database.db, office.id, [client.userId, coBuyer.userId])).id;
  await createDossier(database.db, office.id, [stranger.userId]);
});
afterAll(async () => {
  await Promise.all([database?.close(), s3?.close()]);
});

async function storedKeys(): Promise<string[]> {
  const listed = await s3.storage.s3.send(new ListObjectsV2Command({ Bucket: TEST_BUCKET }));
  return (listed.Contents ?? []).map((object) => object.Key!);
}

/** Request → PUT → complete, as the browser's uploader does; returns the verified upload's id. */
async function verifiedUpload(fileName: string, body: Buffer = PDF): Promise<string> {
  const ticket = await actAs(office, staff, () =>
    requestUploadAction({ dossierId, fileName, contentType: "application/pdf", size: body.length }),
  );
  if (!ticket.ok) throw new Error(ticket.code);
  const put = await fetch(asPut(ticket.data).url, { method: "PUT", headers: asPut(ticket.data).headers, body: new Uint8Array(body) });
  expect(put.status).toBe(200);
  const done = await actAs(office, staff, () => completeUploadAction({ uploadId: ticket.data.uploadId }));
  if (!done.ok) throw new Error(done.code);
  return ticket.data.uploadId;
}

async function publishTwo(): Promise<string[]> {
  const [first, second] = [await verifiedUpload("Concept akte.pdf"), await verifiedUpload("Nota van afrekening.pdf")];
  const result = await actAs(office, staff, () =>
    publishDocumentsAction({
      dossierId,
      kind: "document",
      uploads: [
        { uploadId: first, title: "Concept akte van levering" },
        { uploadId: second, title: "Nota van afrekening" },
      ],
    }),
  );
  if (!result.ok) throw new Error(result.code);
  return result.data.documentIds;
}

describe("publishing", () => {
  it("publishes two verified uploads in one go: two documents, uploads attached, audited", async () => {
    const ids = await publishTwo();
    expect(ids).toHaveLength(2);
    const rows = await database.db.select().from(documents).where(inArray(documents.id, ids));
    expect(rows.map((row) => row.title).sort()).toEqual(["Concept akte van levering", "Nota van afrekening"]);
    for (const row of rows) {
      expect(row).toMatchObject({ officeId: office.id, dossierId, kind: "document", createdById: staff.userId, size: PDF.length });
      expect(await storedKeys()).toContain(row.storageKey);
    }
    const attached = await database.db
      .select()
      .from(uploads)
      .where(
        inArray(
          uploads.storageKey,
          rows.map((row) => row.storageKey),
        ),
      );
    expect(attached.map((row) => row.status)).toEqual(["attached", "attached"]);
    const audit = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "document.publish"), inArray(auditEvents.subjectId, ids)));
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ officeId: office.id, actorId: staff.userId, dossierId, ip: "192.0.2.1" });

    // An attached upload cannot be published a second time.
    const again = await actAs(office, staff, () =>
      publishDocumentsAction({ dossierId, kind: "document", uploads: [{ uploadId: attached[0]!.id, title: "Nog eens" }] }),
    );
    expect(again).toEqual({ ok: false, code: "errors.not_found", fieldErrors: { "uploads.0": "errors.not_found" } });
  });

  it("publishes all or nothing, and names the file that failed", async () => {
    const good = await verifiedUpload("Brief.pdf");
    const before = (await database.db.select().from(documents)).length;
    const result = await actAs(office, staff, () =>
      publishDocumentsAction({
        dossierId,
        kind: "correspondence",
        uploads: [
          { uploadId: good, title: "Brief" },
          { uploadId: "00000000-0000-4000-8000-000000000000", title: "Bestaat niet" },
        ],
      }),
    );
    expect(result).toEqual({ ok: false, code: "errors.not_found", fieldErrors: { "uploads.1": "errors.not_found" } });
    expect((await database.db.select().from(documents)).length).toBe(before);
    expect((await database.db.select().from(uploads).where(eq(uploads.id, good)))[0]!.status).toBe("verified");

    const empty = await actAs(office, staff, () =>
      publishDocumentsAction({ dossierId, kind: "correspondence", uploads: [{ uploadId: good, title: "  " }] }),
    );
    expect(empty).toMatchObject({ ok: false, fieldErrors: { "uploads.0.title": "errors.required" } });
    const supplied = await actAs(office, staff, () =>
      publishDocumentsAction({ dossierId, kind: "supplied" as "document", uploads: [{ uploadId: good, title: "x" }] }),
    );
    expect(supplied).toMatchObject({ ok: false, fieldErrors: { kind: "errors.invalid" } });
    expect((await database.db.select().from(documents)).length).toBe(before);
  });

  it("withdraws a document: hidden from clients, kept for staff, audited, once", async () => {
    const [withdrawnId, keptId] = await publishTwo();
    expect(await actAs(office, staff, () => withdrawDocumentAction({ documentId: withdrawnId! }))).toEqual({ ok: true, data: undefined });
    const [row] = await database.db.select().from(documents).where(eq(documents.id, withdrawnId!));
    expect(row!.withdrawnAt).toBeInstanceOf(Date);
    expect(row!.withdrawnById).toBe(staff.userId);
    expect(await actAs(office, staff, () => withdrawDocumentAction({ documentId: withdrawnId! }))).toEqual({
      ok: false,
      code: "errors.not_found",
    });
    const audit = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "document.withdraw"), eq(auditEvents.subjectId, withdrawnId!)));
    expect(audit).toHaveLength(1);

    expect(await openDocument({ viewer: client, documentId: withdrawnId!, ip: null })).toBeNull();
    expect(await openDocument({ viewer: staff, documentId: withdrawnId!, ip: null })).not.toBeNull();
    expect(await openDocument({ viewer: client, documentId: keptId!, ip: null })).not.toBeNull();
    const list = await listDocumentsForStaff({ viewer: staff, dossierId, kind: "document", page: pageRequest(undefined) });
    expect(list.items.find((item) => item.id === withdrawnId)?.withdrawnAt).toBeInstanceOf(Date);
  });
});

describe("downloads and read receipts", () => {
  it("records a client's first read once, audits every download, and redirects to an attachment URL", async () => {
    const [documentId] = await publishTwo();
    const first = await openDocument({ viewer: client, documentId: documentId!, ip: "192.0.2.9" });
    expect(first).not.toBeNull();
    const url = new URL(first!.url);
    expect(url.searchParams.get("response-content-disposition")).toMatch(/^attachment; filename="Concept akte.pdf"/);
    expect(url.searchParams.get("X-Amz-Expires")).toBe("60");
    const stored = await fetch(first!.url);
    expect(Buffer.from(await stored.arrayBuffer()).equals(PDF)).toBe(true);

    await openDocument({ viewer: client, documentId: documentId!, ip: "192.0.2.9" });
    await openDocument({ viewer: staff, documentId: documentId!, ip: null });
    const reads = await database.db.select().from(documentReads).where(eq(documentReads.documentId, documentId!));
    expect(reads.map((read) => read.userId)).toEqual([client.userId]); // staff downloads are no read receipts
    const audit = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "document.download"), eq(auditEvents.subjectId, documentId!)));
    expect(audit).toHaveLength(3);

    const list = await listDocumentsForStaff({ viewer: staff, dossierId, kind: "document", page: pageRequest(undefined) });
    const item = list.items.find((candidate) => candidate.id === documentId)!;
    expect(item.reads).toEqual([{ userId: client.userId, name: "Jan Jansen", readAt: reads[0]!.firstReadAt }]);
    expect(item.createdByName).toBe(staff.name);
    // Newest first.
    const times = list.items.map((candidate) => candidate.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("gives strangers nothing and records nothing", async () => {
    const [documentId] = await publishTwo();
    const auditBefore = (await database.db.select().from(auditEvents).where(eq(auditEvents.action, "document.download"))).length;
    expect(await openDocument({ viewer: stranger, documentId: documentId!, ip: null })).toBeNull();
    expect(await openDocument({ viewer: otherStaff, documentId: documentId!, ip: null })).toBeNull();
    expect(await openDocument({ viewer: client, documentId: "not-a-uuid", ip: null })).toBeNull();
    expect((await database.db.select().from(auditEvents).where(eq(auditEvents.action, "document.download"))).length).toBe(auditBefore);
    expect(await database.db.select().from(documentReads).where(eq(documentReads.userId, stranger.userId))).toHaveLength(0);
  });
});

describe("access", () => {
  it("refuses staff of another office every action and query on this office's dossier", async () => {
    const uploadId = await verifiedUpload("Akte.pdf");
    const [documentId] = await publishTwo();
    const notFound = { ok: false, code: "errors.not_found" };
    expect(
      await actAs(otherOffice, otherStaff, () =>
        requestUploadAction({ dossierId, fileName: "x.pdf", contentType: "application/pdf", size: 10 }),
      ),
    ).toEqual(notFound);
    expect(await actAs(otherOffice, otherStaff, () => completeUploadAction({ uploadId }))).toEqual(notFound);
    expect(
      await actAs(otherOffice, otherStaff, () =>
        publishDocumentsAction({ dossierId, kind: "document", uploads: [{ uploadId, title: "Overgenomen" }] }),
      ),
    ).toMatchObject(notFound);
    expect(await actAs(otherOffice, otherStaff, () => withdrawDocumentAction({ documentId: documentId! }))).toEqual(notFound);
    const list = await listDocumentsForStaff({ viewer: otherStaff, dossierId, kind: "document", page: pageRequest(undefined) });
    expect(list.total).toBe(0);
    const [document] = await database.db.select().from(documents).where(eq(documents.id, documentId!));
    expect(document!.withdrawnAt).toBeNull();
  });

  it("refuses clients the staff actions", async () => {
    const uploadId = await verifiedUpload("Akte.pdf");
    const [documentId] = await publishTwo();
    const notFound = { ok: false, code: "errors.not_found" };
    expect(
      await actAs(office, client, () => publishDocumentsAction({ dossierId, kind: "document", uploads: [{ uploadId, title: "x" }] })),
    ).toEqual(notFound);
    expect(await actAs(office, client, () => withdrawDocumentAction({ documentId: documentId! }))).toEqual(notFound);
  });
});
