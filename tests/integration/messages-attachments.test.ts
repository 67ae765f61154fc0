// Attachments of messages: verified uploads (real presigned PUTs to the embedded S3 server) become documents
// with message_id, in the same transaction as the message, or nothing is written at all.
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePdf } from "@/lib/seed/pdf";
import { documents, messages, uploads } from "@/db/schema";
import type { Viewer } from "@/lib/core/viewer";
import { replyToMessageAction, sendMessageAction } from "@/lib/messages/actions";
import { listDossierConversations, listOfficeConversations } from "@/lib/messages/conversations";
import { getMessage } from "@/lib/messages/queries";
import { sendMessage } from "@/lib/messages/send";
import { pageRequest } from "@/lib/pagination";
import { completeUpload, requestUpload } from "@/lib/uploads/uploads";
import { actAs, createDossier, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { asPut } from "../support/uploads";
import { startTestS3, storageEnv, type TestS3 } from "../support/s3-server";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let s3: TestS3;
let office: TestOffice;
let otherOffice: TestOffice;
let staff: TestUser<"staff">;
let colleague: TestUser<"staff">;
let otherStaff: TestUser<"staff">;
let client: TestUser<"client">;
let dossierId: string;
let otherDossierId: string;

const firstPage = pageRequest(undefined);

/** What the browser does: ask for a ticket, PUT the bytes to the presigned URL, then have them verified. */
async function uploadPdf(viewer: Viewer, forDossier: string, name = "Bijlage.pdf", verify = true): Promise<string> {
  const body = makePdf([name]);
  const ticket = await requestUpload({
    viewer,
    ip: null,
    dossierId: forDossier,
    fileName: name,
    contentType: "application/pdf",
    size: body.length,
  });
  const response = await fetch(asPut(ticket).url, { method: "PUT", headers: asPut(ticket).headers, body: new Uint8Array(body) });
  expect(response.status).toBe(200);
  if (verify) await completeUpload({ viewer, uploadId: ticket.uploadId });
  return ticket.uploadId;
}

async function counts() {
  const [[m], [d]] = await Promise.all([
    database.db.select({ n: count() }).from(messages),
    database.db.select({ n: count() }).from(documents),
  ]);
  return { messages: m!.n, documents: d!.n };
}

beforeAll(async () => {
  [database, s3] = await Promise.all([createTestDatabase(), startTestS3()]);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "klantenportaal-messages-"));
  configureProcess({ DATA_DIR: dataDir, ...storageEnv(s3) }, database);
  [office, otherOffice] = await Promise.all([createOffice(database.db), createOffice(database.db)]);
  [staff, colleague, otherStaff, client] = await Promise.all([
    createUser(database.db, office.id, "staff"),
    createUser(database.db, office.id, "staff"),
    createUser(database.db, otherOffice.id, "staff"),
    createUser(database.db, office.id, "client"),
  ]);
  dossierId = (await createDossier(database.db, office.id, [client.userId])).id;
  otherDossierId = (await createDossier(database.db, otherOffice.id)).id;
});
afterAll(async () => {
  await Promise.all([database?.close(), s3?.close()]);
});

describe("message attachments", () => {
  it("a client's attachments become 'supplied' documents of the message, counted in the inbox", async () => {
    const uploadId = await uploadPdf(client, dossierId, "Paspoort.pdf");
    const sent = await database.db.transaction((tx) =>
      sendMessage(tx, { viewer: client, ip: null, dossierId, subject: "Mijn paspoort", body: "Zie bijlage.", uploadIds: [uploadId] }),
    );
    const [document] = await database.db.select().from(documents).where(eq(documents.messageId, sent.id));
    expect(document).toMatchObject({ kind: "supplied", dossierId, createdById: client.userId, fileName: "Paspoort.pdf" });
    const inbox = await listOfficeConversations({ viewer: staff, filter: "open", page: firstPage });
    expect(inbox.items.find((c) => c.id === sent.id)?.attachmentCount).toBe(1);
  });

  it("a staff answer with two files: documents of kind 'document' with message_id, listed in the thread", async () => {
    const question = await database.db.transaction((tx) =>
      sendMessage(tx, { viewer: client, ip: null, dossierId, subject: "Stukken?", body: "Welke stukken heeft u nodig?" }),
    );
    const uploadIds = [await uploadPdf(staff, dossierId, "Lijst.pdf"), await uploadPdf(staff, dossierId, "Concept akte.pdf")];
    const form = new FormData();
    form.set("messageId", question.id);
    form.set("subject", "Re: Stukken?");
    form.set("body", "Zie de bijlagen.");
    for (const id of uploadIds) form.append("uploadIds", id);
    const result = await actAs(office, staff, () => replyToMessageAction(form));
    expect(result.ok).toBe(true);
    const replyId = (result as { data: { id: string } }).data.id;

    const attached = await database.db.select().from(documents).where(eq(documents.messageId, replyId));
    expect(attached.map((d) => [d.kind, d.fileName]).sort()).toEqual([
      ["document", "Concept akte.pdf"],
      ["document", "Lijst.pdf"],
    ]);
    const statuses = await database.db.select({ status: uploads.status }).from(uploads).where(eq(uploads.userId, staff.userId));
    expect(statuses.every((row) => row.status === "attached")).toBe(true);

    const thread = await getMessage({ viewer: client, messageId: replyId });
    const reply = thread!.messages.find((m) => m.id === replyId)!;
    expect(reply.attachments.map((a) => a.fileName).sort()).toEqual(["Concept akte.pdf", "Lijst.pdf"]);
    expect(Object.keys(reply.attachments[0]!).sort()).toEqual(["documentId", "fileName", "size", "title"]);
    const list = await listDossierConversations({ viewer: client, dossierId, page: firstPage });
    expect(list!.items.find((c) => c.lastMessage.id === replyId)).toMatchObject({
      lastMessage: { direction: "incoming" },
      attachmentCount: 2,
    });
  });

  it("refuses an upload that is not the sender's, not verified, of another dossier or unknown, and writes nothing", async () => {
    const colleagues = await uploadPdf(colleague, dossierId, "Van collega.pdf");
    const pending = await uploadPdf(staff, dossierId, "Niet gecontroleerd.pdf", false);
    const foreign = await uploadPdf(otherStaff, otherDossierId, "Ander kantoor.pdf");
    const before = await counts();
    for (const uploadId of [colleagues, pending, foreign, randomUUID()]) {
      const good = await uploadPdf(staff, dossierId, "Goed.pdf");
      const result = await actAs(office, staff, () =>
        sendMessageAction({ dossierId, subject: "Stukken", body: "Bijgevoegd.", uploadIds: [good, uploadId] }),
      );
      expect(result).toEqual({ ok: false, code: "errors.not_found", fieldErrors: { "uploads.1": "errors.not_found" } });
      // The good upload was not used up either: it is still verified, ready to be sent again.
      expect((await database.db.select().from(uploads).where(eq(uploads.id, good)))[0]!.status).toBe("verified");
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses more than 20 attachments", async () => {
    const before = await counts();
    const uploadIds = Array.from({ length: 21 }, () => randomUUID());
    expect(await actAs(office, staff, () => sendMessageAction({ dossierId, subject: "Veel", body: "x", uploadIds }))).toEqual({
      ok: false,
      code: "errors.invalid_input",
      fieldErrors: { uploadIds: "errors.too_many_attachments" },
    });
    expect(await counts()).toEqual(before);
  });
});
