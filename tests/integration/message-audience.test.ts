// Who a conversation reaches (issue 11, docs/authorization.md "Message audience"): for each kind of conversation,
// the whole matrix of author, co-client, a client of another dossier of the office, and staff, on every way in:
// the Berichten list, opening a message, its attachments (Documenten list, download through documentScope),
// the unread counts, read marks and the notice e-mails (outbox rows). Uploads go through the real actions and
// presigned PUTs to the embedded S3 server.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { makePdf } from "@/lib/seed/pdf";
import { documents, messageReads, messageRecipients, messages, outbox } from "@/db/schema";
import type { ClientViewer, Viewer } from "@/lib/core/viewer";
import { openDocument } from "@/lib/documents/download";
import { listDocumentsForClient } from "@/lib/documents/queries";
import { getDossierForClient, listDossiersForClient } from "@/lib/dossiers/queries";
import { replyToMessageAction, sendMessageAction } from "@/lib/messages/actions";
import { listDossierConversations, listOfficeConversations } from "@/lib/messages/conversations";
import { getMessage } from "@/lib/messages/queries";
import { pageRequest } from "@/lib/pagination";
import type { ActionResult } from "@/lib/core/errors";
import { completeUploadAction, requestUploadAction } from "@/lib/uploads/actions";
import { actAs, createDossier, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { startTestS3, storageEnv, type TestS3 } from "../support/s3-server";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { asPut } from "../support/uploads";

let database: TestDatabase;
let s3: TestS3;
let office: TestOffice;
let staff: TestUser<"staff">;
/** Writes first; linked to the dossier with coClient. */
let author: TestUser<"client">;
let coClient: TestUser<"client">;
/** A client of the same office, linked to another dossier only. */
let outsider: TestUser<"client">;
let dossierId: string;
let outsiderDossierId: string;

const firstPage = pageRequest("1", 100);

function idOf(result: ActionResult<{ id: string }>): string {
  if (!result.ok) throw new Error(`action refused: ${result.code} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data.id;
}

/** A verified staff upload of the dossier, ready to go with a message. */
async function staffUpload(fileName: string): Promise<string> {
  const body = makePdf([fileName]);
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

async function attachmentOf(messageId: string): Promise<string> {
  const [row] = await database.db.select({ id: documents.id }).from(documents).where(eq(documents.messageId, messageId));
  return row!.id;
}

const noticesTo = (user: TestUser) =>
  database.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.recipient, user.email), eq(outbox.template, "new_message")));

/** The conversations in the viewer's Berichten tab, by their first and their newest message. */
async function listed(viewer: Viewer, forDossier = dossierId): Promise<string[] | null> {
  const list = await listDossierConversations({ viewer, dossierId: forDossier, page: firstPage });
  return list ? list.items.flatMap((item) => [item.id, item.lastMessage.id]) : null;
}

async function unreadOf(viewer: ClientViewer) {
  return (await getDossierForClient({ viewer, dossierId }))?.unread;
}

/** What each of the four sees of one message with an attachment: list, open, attachment, download. */
async function expectSeenBy(messageId: string, attachmentId: string | null, seeing: TestUser[], notSeeing: TestUser[]) {
  for (const viewer of seeing) {
    expect(await listed(viewer), viewer.name).toContain(messageId);
    expect(
      (await getMessage({ viewer, messageId }))?.messages.map((m) => m.id),
      viewer.name,
    ).toContain(messageId);
    if (attachmentId) {
      expect(await openDocument({ viewer, documentId: attachmentId, ip: null }), viewer.name).not.toBeNull();
      if (viewer.role === "client") {
        const docs = await listDocumentsForClient({ viewer, dossierId, kind: "document", page: firstPage });
        expect(
          docs.items.map((d) => d.id),
          viewer.name,
        ).toContain(attachmentId);
      }
    }
  }
  for (const viewer of notSeeing) {
    expect((await listed(viewer)) ?? [], viewer.name).not.toContain(messageId);
    expect(await getMessage({ viewer, messageId }), viewer.name).toBeNull();
    // Opening it is no way to mark it read either.
    expect(await getMessage({ viewer, messageId, markRead: true }), viewer.name).toBeNull();
    const marks = await database.db
      .select()
      .from(messageReads)
      .where(and(eq(messageReads.messageId, messageId), eq(messageReads.userId, viewer.userId)));
    expect(marks, viewer.name).toEqual([]);
    if (attachmentId) {
      expect(await openDocument({ viewer, documentId: attachmentId, ip: null }), viewer.name).toBeNull();
      expect(await openDocument({ viewer, documentId: attachmentId, ip: null, mode: "view" }), viewer.name).toBeNull();
      if (viewer.role === "client") {
        const docs = await listDocumentsForClient({ viewer, dossierId, kind: "document", page: firstPage });
        expect(
          docs.items.map((d) => d.id),
          viewer.name,
        ).not.toContain(attachmentId);
      }
    }
  }
}

beforeAll(async () => {
  [database, s3] = await Promise.all([createTestDatabase(), startTestS3()]);
  configureProcess(
    {
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "klantenportaal-audience-")),
      ...storageEnv(s3),
      PORTAL_PUBLIC_URL: "https://portaal.example.nl",
    },
    database,
  );
  office = await createOffice(database.db);
  [staff, author, coClient, outsider] = await Promise.all([
    createUser(database.db, office.id, "staff", { name: "Sanne Staf" }),
    createUser(database.db, office.id, "client", { name: "Anna Auteur" }),
    createUser(database.db, office.id, "client", { name: "Bert Mede" }),
    createUser(database.db, office.id, "client", { name: "Carla Buiten" }),
  ]);
});

// Each test starts from its own dossier (author and co-client linked) and an empty outbox, so the counts are its own.
beforeEach(async () => {
  dossierId = (await createDossier(database.db, office.id, [author.userId, coClient.userId])).id;
  outsiderDossierId = (await createDossier(database.db, office.id, [outsider.userId])).id;
  await database.db.delete(outbox);
});
afterAll(async () => {
  await Promise.all([database?.close(), s3?.close()]);
});

describe("a conversation a client starts, answered by staff (the co-client bug)", () => {
  it("stays between that client and the office: the co-client sees nothing, counts nothing and gets no e-mail", async () => {
    const question = idOf(
      await actAs(office, author, () => sendMessageAction({ dossierId, subject: "Mijn schuld", body: "Alleen voor u." })),
    );
    const uploadId = await staffUpload("Afbetalingsregeling.pdf");
    const answer = idOf(
      await actAs(office, staff, () =>
        replyToMessageAction({ messageId: question, subject: "Re: Mijn schuld", body: "Zie bijlage.", uploadIds: [uploadId] }),
      ),
    );
    const attachment = await attachmentOf(answer);

    // Unread counts (before anyone opens the attachment) are the author's alone.
    expect(await unreadOf(author)).toEqual({ correspondence: 0, documents: 1, messages: 1 });
    expect(await unreadOf(coClient)).toEqual({ correspondence: 0, documents: 0, messages: 0 });
    expect((await listDossiersForClient({ viewer: coClient })).find((d) => d.id === dossierId)?.unread).toEqual({
      correspondence: 0,
      documents: 0,
      messages: 0,
    });

    await expectSeenBy(question, null, [author, staff], [coClient, outsider]);
    await expectSeenBy(answer, attachment, [author, staff], [coClient, outsider]);
    expect(await listed(coClient)).toEqual([]);
    expect(await listed(outsider)).toBeNull();
    expect(await listed(outsider, outsiderDossierId)).toEqual([]);
    expect((await getMessage({ viewer: author, messageId: answer }))!.messages.map((m) => m.id)).toEqual([question, answer]);

    // Notices: the author only.
    expect(await noticesTo(author)).toHaveLength(1);
    expect(await noticesTo(coClient)).toEqual([]);
    expect(await noticesTo(outsider)).toEqual([]);

    // The co-client cannot answer into it either.
    expect(await actAs(office, coClient, () => replyToMessageAction({ messageId: answer, subject: "Re: x", body: "x" }))).toEqual({
      ok: false,
      code: "errors.not_found",
    });

    // Staff see who it is for.
    const staffThread = await getMessage({ viewer: staff, messageId: answer });
    expect(staffThread!.audience).toEqual({ kind: "recipients", names: ["Anna Auteur"], startedByClient: true });
    expect((await getMessage({ viewer: author, messageId: answer }))!.audience).toBeNull();
    const staffList = await listDossierConversations({ viewer: staff, dossierId, page: firstPage });
    expect(staffList!.items.find((c) => c.id === question)?.audience).toEqual({
      kind: "recipients",
      names: ["Anna Auteur"],
      startedByClient: true,
    });
    const inbox = await listOfficeConversations({ viewer: staff, filter: "all", page: firstPage });
    expect(inbox.items.find((c) => c.id === question)?.audience).toEqual({
      kind: "recipients",
      names: ["Anna Auteur"],
      startedByClient: true,
    });
  });
});

describe("a conversation the office starts", () => {
  it("for the whole dossier: every linked client sees it, counts it and gets one e-mail; an unlinked one nothing", async () => {
    const uploadId = await staffUpload("Conceptakte.pdf");
    const broadcast = idOf(
      await actAs(office, staff, () =>
        sendMessageAction({ dossierId, subject: "Conceptakte", body: "Voor u beiden.", uploadIds: [uploadId] }),
      ),
    );
    const attachment = await attachmentOf(broadcast);

    for (const client of [author, coClient]) {
      expect(await unreadOf(client)).toEqual({ correspondence: 0, documents: 1, messages: 1 });
      expect(await noticesTo(client)).toHaveLength(1);
    }
    await expectSeenBy(broadcast, attachment, [author, coClient, staff], [outsider]);
    expect(await noticesTo(outsider)).toEqual([]);
    expect((await getMessage({ viewer: staff, messageId: broadcast }))!.audience).toEqual({ kind: "dossier" });
  });

  it("to chosen clients: only they see it, count it and get the e-mail; the other co-client nothing", async () => {
    const uploadId = await staffUpload("Verklaring.pdf");
    const chosen = idOf(
      await actAs(office, staff, () =>
        sendMessageAction({
          dossierId,
          subject: "Alleen voor u",
          body: "Persoonlijk.",
          uploadIds: [uploadId],
          audience: "recipients",
          recipientIds: [author.userId],
        }),
      ),
    );
    const attachment = await attachmentOf(chosen);
    const [row] = await database.db.select().from(messages).where(eq(messages.id, chosen));
    expect(row).toMatchObject({ threadId: chosen, audience: "recipients" });
    expect(await database.db.select().from(messageRecipients).where(eq(messageRecipients.threadId, chosen))).toEqual([
      { threadId: chosen, userId: author.userId },
    ]);

    expect(await unreadOf(author)).toEqual({ correspondence: 0, documents: 1, messages: 1 });
    expect(await unreadOf(coClient)).toEqual({ correspondence: 0, documents: 0, messages: 0 });
    await expectSeenBy(chosen, attachment, [author, staff], [coClient, outsider]);
    expect(await noticesTo(author)).toHaveLength(1);
    expect(await noticesTo(coClient)).toEqual([]);
    expect((await getMessage({ viewer: staff, messageId: chosen }))!.audience).toEqual({
      kind: "recipients",
      names: ["Anna Auteur"],
      startedByClient: false,
    });

    // The author's answer stays in it (theirs alone), and so does staff's answer to that: still not the co-client's.
    const answer = await actAs(office, author, () =>
      replyToMessageAction({ messageId: chosen, subject: "Re: Alleen voor u", body: "Dank." }),
    );
    expect(answer).toEqual({ ok: true, data: { id: expect.any(String), newConversation: false } });
    const followUp = idOf(
      await actAs(office, staff, () =>
        replyToMessageAction({ messageId: idOf(answer), subject: "Re: Alleen voor u", body: "Graag gedaan." }),
      ),
    );
    await expectSeenBy(followUp, null, [author, staff], [coClient, outsider]);
    expect(await noticesTo(coClient)).toEqual([]);
  });

  it("to both co-clients by choice: each sees it; a reply by one of them starts a conversation of their own", async () => {
    const both = idOf(
      await actAs(office, staff, () =>
        sendMessageAction({
          dossierId,
          subject: "Voor jullie twee",
          body: "Tekst",
          audience: "recipients",
          recipientIds: [coClient.userId, author.userId, author.userId],
        }),
      ),
    );
    await expectSeenBy(both, null, [author, coClient, staff], [outsider]);
    expect((await getMessage({ viewer: staff, messageId: both }))!.audience).toEqual({
      kind: "recipients",
      names: ["Anna Auteur", "Bert Mede"],
      startedByClient: false,
    });
    const reply = await actAs(office, coClient, () =>
      replyToMessageAction({ messageId: both, subject: "Re: Voor jullie twee", body: "Alleen ik." }),
    );
    expect(reply).toEqual({ ok: true, data: { id: expect.any(String), newConversation: true } });
    await expectSeenBy(idOf(reply), null, [coClient, staff], [author, outsider]);
  });

  it("refuses a recipient who is not a linked client, and an empty choice, writing nothing", async () => {
    const before = await database.db.select({ n: count() }).from(messages);
    const attempt = (recipientIds: string[]) =>
      actAs(office, staff, () => sendMessageAction({ dossierId, subject: "x", body: "x", audience: "recipients", recipientIds }));
    for (const wrong of [[outsider.userId], [author.userId, outsider.userId], [staff.userId], ["00000000-0000-4000-8000-000000000000"]]) {
      expect(await attempt(wrong)).toEqual({ ok: false, code: "errors.not_found", fieldErrors: { recipientIds: "errors.not_found" } });
    }
    expect(await attempt([])).toEqual({
      ok: false,
      code: "errors.invalid_input",
      fieldErrors: { recipientIds: "messages.recipients_required" },
    });
    expect(
      await actAs(office, staff, () =>
        sendMessageAction({ dossierId, subject: "x", body: "x", audience: "dossier", recipientIds: [author.userId] }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { recipientIds: "errors.invalid" } });
    // Clients do not choose: sendMessage refuses an audience from a client.
    expect(
      await actAs(office, author, () =>
        sendMessageAction({ dossierId, subject: "x", body: "x", audience: "recipients", recipientIds: [coClient.userId] }),
      ),
    ).toMatchObject({ ok: false, code: "errors.invalid" });
    expect(await database.db.select({ n: count() }).from(messages)).toEqual(before);
    expect(await database.db.select().from(outbox)).toEqual([]);
  });
});

describe("a client's answer to a message for the whole dossier", () => {
  it("starts a conversation between that client and the office, which staff's answer keeps private", async () => {
    const broadcast = idOf(
      await actAs(office, staff, () => sendMessageAction({ dossierId, subject: "Passeerdatum", body: "Schikt 1 juni?" })),
    );
    const reply = await actAs(office, author, () =>
      replyToMessageAction({ messageId: broadcast, subject: "Re: Passeerdatum", body: "Liever niet, ivm scheiding." }),
    );
    expect(reply).toEqual({ ok: true, data: { id: expect.any(String), newConversation: true } });
    const replyId = idOf(reply);
    const [row] = await database.db.select().from(messages).where(eq(messages.id, replyId));
    expect(row).toMatchObject({ threadId: replyId, audience: "recipients", replyToId: broadcast });

    await expectSeenBy(replyId, null, [author, staff], [coClient, outsider]);
    // Opened, it shows the message it answers first, marked, then the conversation.
    const thread = await getMessage({ viewer: author, messageId: replyId });
    expect(thread!.messages.map((m) => [m.id, m.answered])).toEqual([
      [broadcast, true],
      [replyId, false],
    ]);
    // The broadcast's own thread does not take it in.
    expect((await getMessage({ viewer: coClient, messageId: broadcast }))!.messages.map((m) => m.id)).toEqual([broadcast]);

    await database.db.delete(outbox);
    const uploadId = await staffUpload("Nieuwe datum.pdf");
    const answer = idOf(
      await actAs(office, staff, () =>
        replyToMessageAction({ messageId: replyId, subject: "Re: Passeerdatum", body: "Wij bellen u.", uploadIds: [uploadId] }),
      ),
    );
    await expectSeenBy(answer, await attachmentOf(answer), [author, staff], [coClient, outsider]);
    expect(await noticesTo(author)).toHaveLength(1);
    expect(await noticesTo(coClient)).toEqual([]);
    // The co-client has the broadcast to read, nothing more.
    expect((await unreadOf(coClient))?.messages).toBe(1);
    expect((await unreadOf(author))?.messages).toBe(2);
  });
});
