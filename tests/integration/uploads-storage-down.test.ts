// The store goes away in the middle of an upload (the test stops its S3 server): the client gets a clear
// message, and nothing is half-sent: no verified upload, no message, no document.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePdf } from "@/lib/seed/pdf";
import { documents, messages, uploads } from "@/db/schema";
import { sendMessageAction } from "@/lib/messages/actions";
import { completeUploadAction, requestUploadAction } from "@/lib/uploads/actions";
import { actAs, createDossier, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { startTestS3, type TestS3, storageEnv } from "../support/s3-server";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { asPut } from "../support/uploads";

let database: TestDatabase;
let s3: TestS3;
let office: TestOffice;
let client: TestUser<"client">;
let dossierId: string;

beforeAll(async () => {
  [database, s3] = await Promise.all([createTestDatabase(), startTestS3()]);
  configureProcess(
    {
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "klantenportaal-storage-down-")),
      ...storageEnv(s3),
    },
    database,
  );
  office = await createOffice(database.db);
  client = await createUser(database.db, office.id, "client");
  dossierId = (await createDossier(database.db, office.id, [client.userId])).id;
});
afterAll(async () => {
  await database?.close();
});

describe("when the store goes away", () => {
  it("gives a clear message and sends nothing", async () => {
    const body = makePdf(["Paspoort"]);
    const ticket = await actAs(office, client, () =>
      requestUploadAction({ dossierId, fileName: "Paspoort.pdf", contentType: "application/pdf", size: body.length }),
    );
    if (!ticket.ok) throw new Error(ticket.code);
    await s3.close(); // the store is gone before the bytes arrive

    await expect(
      fetch(asPut(ticket.data).url, { method: "PUT", headers: asPut(ticket.data).headers, body: new Uint8Array(body) }),
    ).rejects.toThrow();
    expect(await actAs(office, client, () => completeUploadAction({ uploadId: ticket.data.uploadId }))).toEqual({
      ok: false,
      code: "uploads.storage_unavailable",
    });
    // A large file cannot even begin: its multipart upload is opened in the store first.
    expect(
      await actAs(office, client, () =>
        requestUploadAction({ dossierId, fileName: "Scan.pdf", contentType: "application/pdf", size: 60 * 1024 * 1024 }),
      ),
    ).toEqual({ ok: false, code: "uploads.storage_unavailable" });

    const sent = await actAs(office, client, () =>
      sendMessageAction({ dossierId, subject: "Paspoort", body: "Zie bijlage.", uploadIds: [ticket.data.uploadId] }),
    );
    expect(sent.ok).toBe(false);
    const [[m], [d]] = await Promise.all([
      database.db.select({ n: count() }).from(messages),
      database.db.select({ n: count() }).from(documents),
    ]);
    expect({ messages: m!.n, documents: d!.n }).toEqual({ messages: 0, documents: 0 });
    const rows = await database.db.select({ status: uploads.status }).from(uploads).where(eq(uploads.userId, client.userId));
    expect(rows).toEqual([{ status: "pending" }]); // never verified; the hourly clean-up removes it after 24 hours
  });
});
