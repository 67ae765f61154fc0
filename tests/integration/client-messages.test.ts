// Clients writing to the office (issue 6): a new message or an answer, with their verified uploads as
// "supplied" documents, all in one transaction or nothing; and the compose key, so that sending the same
// compose form twice (double click, retry, two tabs racing) yields one message. Uploads go through the client
// upload actions and real presigned PUTs to the embedded S3 server.
import type { MessageKey } from "@/lib/core/message-keys";
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePdf } from "@/lib/seed/pdf";
import { auditEvents, documents, messages, uploads } from "@/db/schema";
import type { Viewer } from "@/lib/core/viewer";
import { replyToMessageAction, sendMessageAction } from "@/lib/messages/actions";
import { listDossierConversations } from "@/lib/messages/conversations";
import { pageRequest } from "@/lib/pagination";
import type { ActionResult } from "@/lib/core/errors";
import { completeUploadAction, discardUploadAction, requestUploadAction } from "@/lib/uploads/actions";
import { actAs, createDossier, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { messageInsert } from "../support/rows";
import { configureProcess } from "../support/process-config";
import { asPut } from "../support/uploads";
import { startTestS3, storageEnv, type TestS3 } from "../support/s3-server";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let s3: TestS3;
let office: TestOffice;
let otherOffice: TestOffice;
let staff: TestUser<"staff">;
let otherStaff: TestUser<"staff">;
let client: TestUser<"client">;
let coClient: TestUser<"client">;
let otherClient: TestUser<"client">;
/** Linked to client and coClient. */
let dossierId: string;
/** Same office, client not linked. */
let unlinkedDossierId: string;
/** Another office, linked to otherClient. */
let otherDossierId: string;

const firstPage = pageRequest(undefined);

/** A dossier of the office that only `client` (and whoever else is given) is linked to, for a clean list. */
async function freshDossier(...clients: TestUser[]): Promise<string> {
  return (
    await createDossier(
      database.db,
      office.id,
      clients.map((c) => c.userId),
    )
  ).id;
}

/**
 * What the browser does, through the server actions of the viewer's role: ask for a ticket, PUT the bytes to
 * the presigned URL, then (unless `verify` is false) have them verified.
 */
async function uploadPdf(viewer: Viewer, forDossier: string, name = "Bijlage.pdf", verify = true): Promise<string> {
  const asClient = viewer.role === "client";
  const body = makePdf([name]);
  const viewerOffice = viewer.officeId === office.id ? office : otherOffice;
  const request = { dossierId: forDossier, fileName: name, contentType: "application/pdf", size: body.length };
  const ticket = await actAs(viewerOffice, viewer, () => (asClient ? requestUploadAction(request) : requestUploadAction(request)));
  if (!ticket.ok) throw new Error(`upload request refused: ${ticket.code}`);
  const response = await fetch(asPut(ticket.data).url, { method: "PUT", headers: asPut(ticket.data).headers, body: new Uint8Array(body) });
  expect(response.status).toBe(200);
  if (verify) {
    const uploadId = ticket.data.uploadId;
    const verified = await actAs(viewerOffice, viewer, () =>
      asClient ? completeUploadAction({ uploadId }) : completeUploadAction({ uploadId }),
    );
    expect(verified).toMatchObject({ ok: true, data: { uploadId, fileName: name } });
  }
  return ticket.data.uploadId;
}

function idOf(result: ActionResult<{ id: string }>): string {
  if (!result.ok) throw new Error(`action refused: ${result.code} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data.id;
}

async function counts() {
  const [[m], [d], [u]] = await Promise.all([
    database.db.select({ n: count() }).from(messages),
    database.db.select({ n: count() }).from(documents),
    database.db.select({ n: count() }).from(uploads),
  ]);
  return { messages: m!.n, documents: d!.n, uploads: u!.n };
}

async function uploadStatus(uploadId: string): Promise<string | undefined> {
  const [row] = await database.db.select({ status: uploads.status }).from(uploads).where(eq(uploads.id, uploadId));
  return row?.status;
}

async function messageRow(id: string) {
  const [row] = await database.db.select().from(messages).where(eq(messages.id, id));
  return row;
}

async function documentsOf(messageId: string) {
  return database.db.select().from(documents).where(eq(documents.messageId, messageId));
}

async function messagesWithKey(composeKey: string) {
  return database.db.select().from(messages).where(eq(messages.composeKey, composeKey));
}

beforeAll(async () => {
  [database, s3] = await Promise.all([createTestDatabase(), startTestS3()]);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "klantenportaal-client-messages-"));
  configureProcess({ DATA_DIR: dataDir, ...storageEnv(s3) }, database);
  [office, otherOffice] = await Promise.all([createOffice(database.db), createOffice(database.db)]);
  [staff, otherStaff, client, coClient, otherClient] = await Promise.all([
    createUser(database.db, office.id, "staff"),
    createUser(database.db, otherOffice.id, "staff"),
    createUser(database.db, office.id, "client"),
    createUser(database.db, office.id, "client"),
    createUser(database.db, otherOffice.id, "client"),
  ]);
  dossierId = (await createDossier(database.db, office.id, [client.userId, coClient.userId])).id;
  unlinkedDossierId = (await createDossier(database.db, office.id)).id;
  otherDossierId = (await createDossier(database.db, otherOffice.id, [otherClient.userId])).id;
});
afterAll(async () => {
  await Promise.all([database?.close(), s3?.close()]);
});

describe("a client sends a new message", () => {
  it("with two verified uploads: one message by the client, two 'supplied' documents, an audit event, both directions", async () => {
    const dossier = await freshDossier(client);
    const uploadIds = [await uploadPdf(client, dossier, "Paspoort.pdf"), await uploadPdf(client, dossier, "Koopakte.pdf")];
    const before = await counts();

    const result = await actAs(office, client, () =>
      sendMessageAction({ dossierId: dossier, subject: "  Mijn stukken ", body: "Zie de bijlagen.\r\nGroet", uploadIds }),
    );
    expect(result).toEqual({ ok: true, data: { id: expect.any(String) } });
    const id = idOf(result);

    expect(await messageRow(id)).toMatchObject({
      officeId: office.id,
      dossierId: dossier,
      authorId: client.userId,
      subject: "Mijn stukken",
      body: "Zie de bijlagen.\nGroet",
      replyToId: null,
      composeKey: null,
    });
    const attached = await documentsOf(id);
    expect(attached.map((d) => d.fileName).sort()).toEqual(["Koopakte.pdf", "Paspoort.pdf"]);
    for (const document of attached) {
      expect(document).toMatchObject({
        kind: "supplied",
        dossierId: dossier,
        officeId: office.id,
        createdById: client.userId,
        messageId: id,
      });
    }
    expect(await Promise.all(uploadIds.map(uploadStatus))).toEqual(["attached", "attached"]);
    expect(await counts()).toEqual({ ...before, messages: before.messages + 1, documents: before.documents + 2 });

    const audit = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "message.send"), eq(auditEvents.subjectId, id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      officeId: office.id,
      actorId: client.userId,
      subjectType: "message",
      dossierId: dossier,
      ip: "192.0.2.1",
      data: { attachments: 2 },
    });

    const forClient = await listDossierConversations({ viewer: client, dossierId: dossier, page: firstPage });
    expect(forClient!.items.find((c) => c.id === id)).toMatchObject({
      lastMessage: { direction: "outgoing" },
      attachmentCount: 2,
      unreadCount: 0,
    });
    const forStaff = await listDossierConversations({ viewer: staff, dossierId: dossier, page: firstPage });
    expect(forStaff!.items.find((c) => c.id === id)).toMatchObject({
      lastMessage: { direction: "incoming" },
      attachmentCount: 2,
      unreadCount: 1,
    });
  });

  it("accepts a body of exactly 10,000 characters and a message without attachments", async () => {
    const dossier = await freshDossier(client);
    const body = "x".repeat(10_000);
    const id = idOf(await actAs(office, client, () => sendMessageAction({ dossierId: dossier, subject: "Lang", body })));
    expect((await messageRow(id))!.body).toHaveLength(10_000);
    expect(await documentsOf(id)).toEqual([]);
  });
});

describe("the compose key", () => {
  it("sent twice in a row: the same id, one message and one set of documents", async () => {
    const dossier = await freshDossier(client);
    const composeKey = randomUUID();
    const uploadIds = [await uploadPdf(client, dossier, "Een.pdf"), await uploadPdf(client, dossier, "Twee.pdf")];
    const input = { dossierId: dossier, subject: "Dubbel", body: "Twee keer geklikt.", uploadIds, composeKey };
    const before = await counts();

    const first = await actAs(office, client, () => sendMessageAction(input));
    const second = await actAs(office, client, () => sendMessageAction(input));
    expect(first.ok).toBe(true);
    expect(second).toEqual(first);

    const keyed = await messagesWithKey(composeKey);
    expect(keyed.map((m) => m.id)).toEqual([idOf(first)]);
    expect(await documentsOf(idOf(first))).toHaveLength(2);
    expect(await counts()).toEqual({ ...before, messages: before.messages + 1, documents: before.documents + 2 });
    const sendEvents = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "message.send"), eq(auditEvents.subjectId, idOf(first))));
    expect(sendEvents).toHaveLength(1);
    const list = await listDossierConversations({ viewer: client, dossierId: dossier, page: firstPage });
    expect(list!.total).toBe(1);

    // A retry as a FormData (what the form posts) with the same key is the same message too.
    const form = new FormData();
    form.set("dossierId", dossier);
    form.set("subject", "Dubbel");
    form.set("body", "Twee keer geklikt.");
    for (const uploadId of uploadIds) form.append("uploadIds", uploadId);
    form.set("composeKey", composeKey);
    expect(await actAs(office, client, () => sendMessageAction(form))).toEqual(first);
    expect(await counts()).toEqual({ ...before, messages: before.messages + 1, documents: before.documents + 2 });
  });

  it("sent twice at the same time: exactly one message, the same id in both results", async () => {
    const dossier = await freshDossier(client);
    const composeKey = randomUUID();
    const uploadIds = [await uploadPdf(client, dossier, "Race een.pdf"), await uploadPdf(client, dossier, "Race twee.pdf")];
    const input = { dossierId: dossier, subject: "Tegelijk", body: "Twee tabbladen.", uploadIds, composeKey };
    const before = await counts();

    const [a, b] = await Promise.all([
      actAs(office, client, () => sendMessageAction(input)),
      actAs(office, client, () => sendMessageAction(input)),
    ]);
    expect(a).toEqual({ ok: true, data: { id: expect.any(String) } });
    expect(b).toEqual(a);

    expect((await messagesWithKey(composeKey)).map((m) => m.id)).toEqual([idOf(a)]);
    const attached = await documentsOf(idOf(a));
    expect(attached.map((d) => d.fileName).sort()).toEqual(["Race een.pdf", "Race twee.pdf"]);
    expect(await counts()).toEqual({ ...before, messages: before.messages + 1, documents: before.documents + 2 });
  });

  it("a different compose key makes a second message", async () => {
    const dossier = await freshDossier(client);
    const input = { dossierId: dossier, subject: "Zelfde tekst", body: "Zelfde tekst." };
    const first = idOf(await actAs(office, client, () => sendMessageAction({ ...input, composeKey: randomUUID() })));
    const second = idOf(await actAs(office, client, () => sendMessageAction({ ...input, composeKey: randomUUID() })));
    expect(second).not.toBe(first);
    const list = await listDossierConversations({ viewer: client, dossierId: dossier, page: firstPage });
    expect(list!.items.map((c) => c.id).sort()).toEqual([first, second].sort());
  });

  it("two authors may use the same key value: each gets their own message", async () => {
    const composeKey = randomUUID();
    const input = { dossierId, subject: "Zelfde sleutel", body: "Toevallig dezelfde sleutel.", composeKey };
    const byClient = idOf(await actAs(office, client, () => sendMessageAction(input)));
    const byCoClient = idOf(await actAs(office, coClient, () => sendMessageAction(input)));
    const byStaff = idOf(await actAs(office, staff, () => sendMessageAction(input)));
    expect(new Set([byClient, byCoClient, byStaff]).size).toBe(3);
    const keyed = await messagesWithKey(composeKey);
    expect(keyed.map((m) => [m.id, m.authorId]).sort()).toEqual(
      [
        [byClient, client.userId],
        [byCoClient, coClient.userId],
        [byStaff, staff.userId],
      ].sort(),
    );
  });

  it("is backed by the unique index messages_author_compose_key_idx on (author_id, compose_key)", async () => {
    const result = await database.db.execute(
      sql`select indexdef from pg_indexes where tablename = 'messages' and indexname = 'messages_author_compose_key_idx'`,
    );
    const rows = (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as { indexdef: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.indexdef).toMatch(/^CREATE UNIQUE INDEX .* USING btree \(author_id, compose_key\)$/);

    // Written around sendMessage, the database itself refuses a second row for the same author and key.
    const composeKey = randomUUID();
    const row = {
      officeId: office.id,
      dossierId,
      authorId: client.userId,
      subject: "Direct",
      body: "Direct.",
      composeKey,
      audience: "recipients" as const,
    };
    await database.db.insert(messages).values(messageInsert(row));
    await expect(database.db.insert(messages).values(messageInsert(row))).rejects.toThrow();
    expect(await messagesWithKey(composeKey)).toHaveLength(1);
  });

  it("a refused send leaves its key unused: the corrected form with the same key is sent", async () => {
    const composeKey = randomUUID();
    const refused = await actAs(office, client, () =>
      sendMessageAction({ dossierId: unlinkedDossierId, subject: "Fout dossier", body: "Oeps.", composeKey }),
    );
    expect(refused).toEqual({ ok: false, code: "errors.not_found" });
    expect(await messagesWithKey(composeKey)).toEqual([]);
    const id = idOf(
      await actAs(office, client, () => sendMessageAction({ dossierId, subject: "Goed dossier", body: "Nu goed.", composeKey })),
    );
    expect(await messageRow(id)).toMatchObject({ dossierId, authorId: client.userId, composeKey });
  });
});

describe("refusals write nothing", () => {
  /** Sends `input` as the client and expects `expected`, no new rows, and each upload in `keep` with its status. */
  async function refused(input: Parameters<typeof sendMessageAction>[0], expected: ActionResult<unknown>, keep: Record<string, string>) {
    const before = await counts();
    expect(await actAs(office, client, () => sendMessageAction(input))).toEqual(expected);
    expect(await counts()).toEqual(before);
    for (const [uploadId, status] of Object.entries(keep)) expect(await uploadStatus(uploadId)).toBe(status);
  }

  it("a dossier the client is not linked to, or of another office: errors.not_found", async () => {
    const good = await uploadPdf(client, dossierId, "Goed.pdf");
    const base = { subject: "Stukken", body: "Bijgevoegd.", uploadIds: [good] };
    await refused({ ...base, dossierId: unlinkedDossierId }, { ok: false, code: "errors.not_found" }, { [good]: "verified" });
    await refused({ ...base, dossierId: otherDossierId }, { ok: false, code: "errors.not_found" }, { [good]: "verified" });
    await refused({ ...base, dossierId: randomUUID() }, { ok: false, code: "errors.not_found" }, { [good]: "verified" });
    // Nothing landed in the other office's dossier either.
    const [otherMessages] = await database.db.select({ n: count() }).from(messages).where(eq(messages.dossierId, otherDossierId));
    expect(otherMessages!.n).toBe(0);
  });

  it("an upload of a co-client, of staff, of another office or dossier, not verified, or unknown: refused by index, uploads untouched", async () => {
    const coClients = await uploadPdf(coClient, dossierId, "Van medecliënt.pdf");
    const pending = await uploadPdf(client, dossierId, "Niet gecontroleerd.pdf", false);
    const foreign = await uploadPdf(otherClient, otherDossierId, "Ander kantoor.pdf");
    const staffs = await uploadPdf(staff, dossierId, "Van kantoor.pdf");
    // The client's own verified upload, but for another dossier they are linked to.
    const elsewhere = await uploadPdf(client, await freshDossier(client), "Ander dossier.pdf");
    const expectedStatus = {
      [coClients]: "verified",
      [pending]: "pending",
      [foreign]: "verified",
      [staffs]: "verified",
      [elsewhere]: "verified",
    };
    for (const uploadId of [coClients, pending, foreign, staffs, elsewhere, randomUUID()]) {
      const good = await uploadPdf(client, dossierId, "Goed.pdf");
      await refused(
        { dossierId, subject: "Stukken", body: "Bijgevoegd.", uploadIds: [good, uploadId], composeKey: randomUUID() },
        { ok: false, code: "errors.not_found", fieldErrors: { "uploads.1": "errors.not_found" } },
        { ...expectedStatus, [good]: "verified" },
      );
    }
  });

  it("the same upload twice in one message: refused", async () => {
    const good = await uploadPdf(client, dossierId, "Dubbel.pdf");
    await refused(
      { dossierId, subject: "Stukken", body: "Bijgevoegd.", uploadIds: [good, good] },
      { ok: false, code: "errors.invalid_input" },
      { [good]: "verified" },
    );
  });

  it("only the subject is required: a subject with attachments and no text is a whole message", async () => {
    const good = await uploadPdf(client, dossierId, "Alleen bijlage.pdf");
    for (const body of [undefined, "", " \r\n "]) {
      const upload = body === undefined ? [good] : [];
      const id = idOf(await actAs(office, client, () => sendMessageAction({ dossierId, subject: "Stukken", body, uploadIds: upload })));
      expect(await messageRow(id)).toMatchObject({ subject: "Stukken", body: "" });
    }
    expect(
      await documentsOf(idOf(await actAs(office, client, () => sendMessageAction({ dossierId, subject: "Nog een", uploadIds: [] })))),
    ).toEqual([]);
    expect(await uploadStatus(good)).toBe("attached");
  });

  it("invalid input: subject missing or blank, body not text or too long, 21 uploads, a malformed compose key", async () => {
    const good = await uploadPdf(client, dossierId, "Goed.pdf");
    const keep = { [good]: "verified" };
    const invalid = (fieldErrors: Record<string, MessageKey>) => ({ ok: false, code: "errors.invalid_input", fieldErrors }) as const;

    await refused({ dossierId, body: "Zonder onderwerp.", uploadIds: [good] } as never, invalid({ subject: "errors.required" }), keep);
    await refused({ dossierId, subject: "   ", body: "Leeg onderwerp.", uploadIds: [good] }, invalid({ subject: "errors.required" }), keep);
    await refused({ dossierId, subject: "Leeg", body: 12 as never, uploadIds: [good] }, invalid({ body: "errors.invalid" }), keep);
    await refused(
      { dossierId, subject: "Te lang", body: "x".repeat(10_001), uploadIds: [good] },
      invalid({ body: "errors.too_long" }),
      keep,
    );
    const many = [good, ...Array.from({ length: 20 }, () => randomUUID())];
    await refused(
      { dossierId, subject: "Veel", body: "Veel bijlagen.", uploadIds: many },
      invalid({ uploadIds: "errors.too_many_attachments" }),
      keep,
    );
    await refused(
      { dossierId, subject: "Sleutel", body: "Rare sleutel.", uploadIds: [good], composeKey: "not-a-uuid" },
      invalid({ composeKey: "errors.invalid" }),
      keep,
    );
    await refused(
      { dossierId, subject: "Extra", body: "Onbekend veld.", uploadIds: [good], authorId: staff.userId } as never,
      { ok: false, code: "errors.invalid_input", fieldErrors: expect.any(Object) } as never,
      keep,
    );
  });
});

describe("client upload actions", () => {
  it("request, complete and discard work on the client's own upload in a linked dossier", async () => {
    const uploadId = await uploadPdf(client, dossierId, "Eigen.pdf");
    expect(await database.db.select().from(uploads).where(eq(uploads.id, uploadId))).toEqual([
      expect.objectContaining({ userId: client.userId, dossierId, officeId: office.id, status: "verified", fileName: "Eigen.pdf" }),
    ]);
    expect(await actAs(office, client, () => discardUploadAction({ uploadId }))).toEqual({ ok: true, data: undefined });
    expect(await uploadStatus(uploadId)).toBeUndefined();
  });

  it("requesting an upload for a dossier the client is not linked to, or of another office: errors.not_found, no row", async () => {
    const body = makePdf(["Niet toegestaan"]);
    for (const target of [unlinkedDossierId, otherDossierId, randomUUID()]) {
      const before = await counts();
      const result = await actAs(office, client, () =>
        requestUploadAction({ dossierId: target, fileName: "Stiekem.pdf", contentType: "application/pdf", size: body.length }),
      );
      expect(result).toEqual({ ok: false, code: "errors.not_found" });
      expect(await counts()).toEqual(before);
    }
    const [rows] = await database.db.select({ n: count() }).from(uploads).where(eq(uploads.fileName, "Stiekem.pdf"));
    expect(rows!.n).toBe(0);
  });

  it("completing or discarding another user's upload: errors.not_found, that upload unchanged", async () => {
    const coPending = await uploadPdf(coClient, dossierId, "Medecliënt wacht.pdf", false);
    const coVerified = await uploadPdf(coClient, dossierId, "Medecliënt klaar.pdf");
    const staffPending = await uploadPdf(staff, dossierId, "Kantoor wacht.pdf", false);
    const foreignPending = await uploadPdf(otherClient, otherDossierId, "Ander kantoor wacht.pdf", false);
    for (const [uploadId, status] of [
      [coPending, "pending"],
      [coVerified, "verified"],
      [staffPending, "pending"],
      [foreignPending, "pending"],
    ] as const) {
      expect(await actAs(office, client, () => completeUploadAction({ uploadId }))).toEqual({ ok: false, code: "errors.not_found" });
      expect(await actAs(office, client, () => discardUploadAction({ uploadId }))).toEqual({ ok: false, code: "errors.not_found" });
      expect(await uploadStatus(uploadId)).toBe(status);
    }
    // Their owner still can: the refusals above changed nothing.
    expect(await actAs(office, coClient, () => completeUploadAction({ uploadId: coPending }))).toMatchObject({ ok: true });
    expect(await uploadStatus(coPending)).toBe("verified");
  });
});

describe("a client answers", () => {
  it("a staff message of their dossier: the answer has reply_to_id and lands in that dossier, with a supplied attachment", async () => {
    const dossier = await freshDossier(client);
    const question = idOf(
      await actAs(office, staff, () => sendMessageAction({ dossierId: dossier, subject: "Paspoort", body: "Wilt u uw paspoort sturen?" })),
    );
    const uploadId = await uploadPdf(client, dossier, "Paspoort.pdf");
    const composeKey = randomUUID();
    const input = { messageId: question, subject: "Re: Re: Paspoort", body: "Hierbij.", uploadIds: [uploadId], composeKey };
    const result = await actAs(office, client, () => replyToMessageAction(input));
    const answer = idOf(result);
    expect(await messageRow(answer)).toMatchObject({
      dossierId: dossier,
      officeId: office.id,
      authorId: client.userId,
      replyToId: question,
      subject: "Re: Paspoort",
      composeKey,
    });
    expect(await documentsOf(answer)).toEqual([
      expect.objectContaining({ kind: "supplied", dossierId: dossier, fileName: "Paspoort.pdf" }),
    ]);
    const [audit] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "message.send"), eq(auditEvents.subjectId, answer)));
    expect(audit).toMatchObject({ actorId: client.userId, dossierId: dossier, data: { attachments: 1, replyToId: question } });

    // The same answer form sent again is the same answer.
    expect(await actAs(office, client, () => replyToMessageAction(input))).toEqual(result);
    // The client's answer to a message for several clients is a conversation of its own: two rows for staff.
    const forStaff = await listDossierConversations({ viewer: staff, dossierId: dossier, page: firstPage });
    expect(forStaff!.items.map((c) => [c.id, c.lastMessage.direction])).toEqual([
      [answer, "incoming"],
      [question, "outgoing"],
    ]);
  });

  it("a message of another dossier or another office: errors.not_found, nothing written", async () => {
    const unlinked = idOf(
      await actAs(office, staff, () => sendMessageAction({ dossierId: unlinkedDossierId, subject: "Intern", body: "Niet voor u." })),
    );
    const foreign = idOf(
      await actAs(otherOffice, otherStaff, () =>
        sendMessageAction({ dossierId: otherDossierId, subject: "Ander kantoor", body: "Niet voor u." }),
      ),
    );
    for (const messageId of [unlinked, foreign, randomUUID()]) {
      const before = await counts();
      expect(await actAs(office, client, () => replyToMessageAction({ messageId, subject: "Re: ?", body: "Antwoord." }))).toEqual({
        ok: false,
        code: "errors.not_found",
      });
      expect(await counts()).toEqual(before);
    }
  });

  it("a co-client's message in the same dossier: errors.not_found (clients do not see each other's messages)", async () => {
    const byCoClient = idOf(
      await actAs(office, coClient, () => sendMessageAction({ dossierId, subject: "Van medecliënt", body: "Alleen voor het kantoor." })),
    );
    const before = await counts();
    const result = await actAs(office, client, () => replyToMessageAction({ messageId: byCoClient, subject: "Re: ?", body: "Meelezen." }));
    expect(result).toEqual({ ok: false, code: "errors.not_found" });
    expect(await counts()).toEqual(before);
    // Staff may answer it.
    const staffAnswer = idOf(
      await actAs(office, staff, () => replyToMessageAction({ messageId: byCoClient, subject: "Re: Van medecliënt", body: "Dank." })),
    );
    expect(await messageRow(staffAnswer)).toMatchObject({ replyToId: byCoClient, dossierId });
  });
});

describe("one action for both roles, each within its own scope", () => {
  it("neither completes nor discards the other's upload, changing nothing", async () => {
    const staffUpload = await uploadPdf(staff, dossierId, "Kantoor.pdf", false);
    const clientUpload = await uploadPdf(client, dossierId, "Cliënt.pdf", false);
    const before = await counts();
    const notFound = { ok: false, code: "errors.not_found" };
    expect(await actAs(office, client, () => completeUploadAction({ uploadId: staffUpload }))).toEqual(notFound);
    expect(await actAs(office, client, () => discardUploadAction({ uploadId: staffUpload }))).toEqual(notFound);
    expect(await actAs(office, staff, () => completeUploadAction({ uploadId: clientUpload }))).toEqual(notFound);
    expect(await actAs(office, staff, () => discardUploadAction({ uploadId: clientUpload }))).toEqual(notFound);
    expect(await counts()).toEqual(before);
    expect([await uploadStatus(staffUpload), await uploadStatus(clientUpload)]).toEqual(["pending", "pending"]);
  });

  it("a client cannot choose who a conversation is for: refused, nothing written", async () => {
    const before = await counts();
    for (const audience of ["recipients", "dossier"] as const) {
      const result = await actAs(office, client, () =>
        sendMessageAction({
          dossierId,
          subject: "Aan iedereen",
          body: "x",
          audience,
          recipientIds: audience === "recipients" ? [coClient.userId] : [],
        }),
      );
      expect(result).toEqual({ ok: false, code: "errors.invalid", fieldErrors: { audience: "errors.invalid" } });
    }
    expect(await counts()).toEqual(before);
  });

  it("signed-out visitors are refused both", async () => {
    const before = await counts();
    const signedOut = { ok: false, code: "errors.signed_out" };
    expect(await actAs(office, null, () => sendMessageAction({ dossierId, subject: "Anoniem", body: "x" }))).toEqual(signedOut);
    expect(
      await actAs(office, null, () => requestUploadAction({ dossierId, fileName: "a.pdf", contentType: "application/pdf", size: 100 })),
    ).toEqual(signedOut);
    expect(await counts()).toEqual(before);
  });
});
