// The e-mails clients come back for: written in the same transaction as the publication or message, only to
// clients who want them, batched within the window, in the client's language, and never naming a document.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { makePdf } from "@/lib/seed/pdf";
import { outbox, users } from "@/db/schema";
import { publishDocumentsAction } from "@/lib/documents/actions";
import { sendMessageAction } from "@/lib/messages/actions";
import { sendMessage } from "@/lib/messages/send";
import { deliverPending } from "@/lib/notify/deliver";
import { FIRST_NOTICE_DELAY_SECONDS } from "@/lib/notify/client-notices";
import { openDocument } from "@/lib/documents/download";
import { getMessage } from "@/lib/messages/queries";
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
let wantsAll: TestUser<"client">;
let noDocuments: TestUser<"client">;
let english: TestUser<"client">;
let dossierId: string;

const TITLES = ["Conceptakte Kerkstraat", "Nota van afrekening", "Hypotheekakte"];

async function verifiedUpload(fileName: string): Promise<string> {
  const body = makePdf([fileName]);
  const ticket = await actAs(office, staff, () =>
    requestUploadAction({ dossierId, fileName, contentType: "application/pdf", size: body.length }),
  );
  if (!ticket.ok) throw new Error(ticket.code);
  await fetch(asPut(ticket.data).url, { method: "PUT", headers: asPut(ticket.data).headers, body: new Uint8Array(body) });
  const done = await actAs(office, staff, () => completeUploadAction({ uploadId: ticket.data.uploadId }));
  if (!done.ok) throw new Error(done.code);
  return ticket.data.uploadId;
}

async function publish(titles: string[]): Promise<string[]> {
  const uploads: { uploadId: string; title: string }[] = [];
  for (const title of titles) uploads.push({ uploadId: await verifiedUpload(`${title}.pdf`), title });
  const result = await actAs(office, staff, () => publishDocumentsAction({ dossierId, kind: "document", uploads }));
  if (!result.ok) throw new Error(result.code);
  return result.data.documentIds;
}

const noticesTo = (user: TestUser, template = "new_documents") =>
  database.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.recipient, user.email), eq(outbox.template, template)));

beforeAll(async () => {
  [database, s3] = await Promise.all([createTestDatabase(), startTestS3()]);
  configureProcess(
    {
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "klantenportaal-notices-")),
      ...storageEnv(s3),
      PORTAL_PUBLIC_URL: "https://portaal.example.nl",
    },
    database,
  );
  office = await createOffice(database.db, "Notariaat Noord");
  [staff, wantsAll, noDocuments, english] = await Promise.all([
    createUser(database.db, office.id, "staff"),
    createUser(database.db, office.id, "client"),
    createUser(database.db, office.id, "client", { notifyDocuments: false }),
    createUser(database.db, office.id, "client", { locale: "en" }),
  ]);
  dossierId = (await createDossier(database.db, office.id, [wantsAll.userId, noDocuments.userId, english.userId])).id;
});
beforeEach(async () => {
  await database.db.delete(outbox);
});
afterAll(async () => {
  await Promise.all([database?.close(), s3?.close()]);
});

describe("notices of new documents", () => {
  it("three documents published together are one e-mail that counts them and names none", async () => {
    await publish(TITLES);
    const [notice] = await noticesTo(wantsAll);
    expect(await noticesTo(wantsAll)).toHaveLength(1);
    expect(notice).toMatchObject({ status: "pending", batchCount: 3, locale: "nl", officeId: office.id });
    expect(notice!.data.subject).toBe("Nieuwe documenten in het klantenportaal van Notariaat Noord");
    expect(notice!.data.text).toContain("Er staan 3 nieuwe documenten voor u klaar");
    expect(notice!.data.text).toContain("https://portaal.example.nl/");
    expect(notice!.data.text).toContain("(020) 555 0100"); // the office's phone
    for (const title of TITLES) {
      expect(notice!.data.text).not.toContain(title);
      expect(notice!.data.html).not.toContain(title);
      expect(notice!.data.subject).not.toContain(title);
    }
  });

  it("respect the client's switch, and go out in the client's language", async () => {
    await publish(["Akte"]);
    expect(await noticesTo(noDocuments)).toEqual([]);
    const [notice] = await noticesTo(english);
    expect(notice!.data.subject).toBe("New documents in the client portal of Notariaat Noord");
    expect(notice!.data.text).toContain("A new document is waiting for you");
    // Switched back on: the next publication tells them too.
    await database.db.update(users).set({ notifyDocuments: true }).where(eq(users.id, noDocuments.userId));
    await publish(["Nog een akte"]);
    expect(await noticesTo(noDocuments)).toHaveLength(1);
    await database.db.update(users).set({ notifyDocuments: false }).where(eq(users.id, noDocuments.userId));
  });

  it("a later publication within the window joins the waiting notice; after the window it is a new one", async () => {
    await publish(["Eerste"]);
    await publish(["Tweede", "Derde"]);
    const [joined] = await noticesTo(wantsAll);
    expect(await noticesTo(wantsAll)).toHaveLength(1);
    expect(joined).toMatchObject({ batchCount: 3 });
    expect(joined!.data.text).toContain("Er staan 3 nieuwe documenten");

    // Nothing goes out before the window ends; then exactly one e-mail per client.
    expect((await deliverPending(database.db)).sent).toBe(0);
    const afterWindow = new Date(Date.now() + 301_000);
    expect((await deliverPending(database.db, { now: afterWindow })).sent).toBe(2);
    expect((await noticesTo(wantsAll))[0]!.status).toBe("sent");

    // The window has passed for that notice: the next publication starts a new one.
    await database.db
      .update(outbox)
      .set({ createdAt: new Date(Date.now() - 600_000) })
      .where(eq(outbox.recipient, wantsAll.email));
    await publish(["Vierde"]);
    const rows = await noticesTo(wantsAll);
    expect(rows.map((row) => [row.status, row.batchCount]).sort()).toEqual([
      ["pending", 1],
      ["sent", 3],
    ]);
  });

  it("the first notice goes out within a minute; what follows joins one follow-up a window after it", async () => {
    await publish(["Akte"]);
    const [first] = await noticesTo(wantsAll);
    const delay = first!.nextAttemptAt.getTime() - first!.createdAt.getTime();
    expect(delay).toBeGreaterThanOrEqual(FIRST_NOTICE_DELAY_SECONDS * 1000 - 1000);
    expect(delay).toBeLessThan(60_000);
    expect((await deliverPending(database.db)).sent).toBe(0);
    expect((await deliverPending(database.db, { now: new Date(Date.now() + 60_000) })).sent).toBe(2);
    const [sent] = await noticesTo(wantsAll);
    expect(sent!.status).toBe("sent");

    // Two more publications after it went out: one follow-up, due a window (300 s) after the first was sent.
    await publish(["Nota"]);
    await publish(["Kaart", "Tekening"]);
    const followUps = (await noticesTo(wantsAll)).filter((row) => row.status === "pending");
    expect(followUps).toHaveLength(1);
    expect(followUps[0]).toMatchObject({ batchCount: 3 });
    expect(followUps[0]!.data.text).toContain("Er staan 3 nieuwe documenten");
    expect(Math.abs(followUps[0]!.nextAttemptAt.getTime() - (sent!.sentAt!.getTime() + 300_000))).toBeLessThan(1000);
    expect((await deliverPending(database.db, { now: new Date(Date.now() + 120_000) })).sent).toBe(0);
    expect((await deliverPending(database.db, { now: new Date(sent!.sentAt!.getTime() + 301_000) })).sent).toBe(2);
  });

  it("a notice whose documents the client opened before it went out is dropped; one with an unopened document is sent", async () => {
    const [opened] = await publish(["Gelezen akte"]);
    await openDocument({ viewer: wantsAll, documentId: opened!, ip: null });
    const [, unopened] = await publish(["Ook gelezen", "Niet gelezen"]);
    const [bothOpened] = await publish(["Later"]);
    // The English client opens only some of theirs: their notice still goes out.
    await openDocument({ viewer: english, documentId: unopened!, ip: null });
    // wantsAll's notice holds all four; opening the other three too makes it stale.
    const rows = await noticesTo(wantsAll);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.noticeItems).toHaveLength(4);
    for (const documentId of rows[0]!.noticeItems!.filter((id) => id !== opened)) {
      await openDocument({ viewer: wantsAll, documentId, ip: null });
    }
    expect(bothOpened).toBeDefined();
    const result = await deliverPending(database.db, { now: new Date(Date.now() + 60_000) });
    expect(result).toEqual({ sent: 1, failed: 0, dropped: 1 });
    expect(await noticesTo(wantsAll)).toEqual([]);
    expect((await noticesTo(english)).map((row) => row.status)).toEqual(["sent"]);
  });

  it("a publication that rolls back leaves no notice", async () => {
    const uploadId = await verifiedUpload("Teruggedraaid.pdf");
    const refused = await actAs(office, staff, () =>
      publishDocumentsAction({
        dossierId,
        kind: "document",
        uploads: [
          { uploadId, title: "Een" },
          { uploadId: "00000000-0000-4000-8000-000000000000", title: "Twee" },
        ],
      }),
    );
    expect(refused.ok).toBe(false);
    expect(await database.db.select().from(outbox)).toEqual([]);
  });
});

describe("notices of new messages", () => {
  it("a message from the office tells each client who wants it; a client's own message tells nobody", async () => {
    const sent = await actAs(office, staff, () =>
      sendMessageAction({ dossierId, subject: "Koopsom Kerkstraat 1", body: "Het bedrag is 345.000 euro" }),
    );
    expect(sent.ok).toBe(true);
    const notices = await database.db.select().from(outbox).where(eq(outbox.template, "new_message"));
    expect(notices.map((row) => row.recipient).sort()).toEqual([wantsAll.email, noDocuments.email, english.email].sort());
    for (const notice of notices) {
      for (const secret of ["Koopsom", "Kerkstraat", "345.000"]) {
        expect(notice.data.text).not.toContain(secret);
        expect(notice.data.subject).not.toContain(secret);
      }
    }
    await database.db.delete(outbox);
    await database.db
      .update(users)
      .set({ notifyMessages: false })
      .where(inArray(users.id, [wantsAll.userId]));
    await actAs(office, staff, () => sendMessageAction({ dossierId, subject: "Nog iets", body: "Tekst" }));
    expect((await noticesTo(wantsAll, "new_message")).length).toBe(0);
    await database.db
      .update(users)
      .set({ notifyMessages: true })
      .where(inArray(users.id, [wantsAll.userId]));

    await database.db.delete(outbox);
    expect((await actAs(office, wantsAll, () => sendMessageAction({ dossierId, subject: "Vraag", body: "Een vraag" }))).ok).toBe(true);
    expect(await database.db.select().from(outbox)).toEqual([]);
  });

  it("a notice of a message the client read before it went out is dropped", async () => {
    const sent = await actAs(office, staff, () => sendMessageAction({ dossierId, subject: "Afspraak", body: "Dinsdag om 10 uur?" }));
    if (!sent.ok) throw new Error(sent.code);
    await getMessage({ viewer: wantsAll, messageId: sent.data.id, markRead: true });
    const result = await deliverPending(database.db, { now: new Date(Date.now() + 60_000) });
    expect(result).toEqual({ sent: 2, failed: 0, dropped: 1 });
    expect(await noticesTo(wantsAll, "new_message")).toEqual([]);
    expect((await noticesTo(english, "new_message")).map((row) => row.status)).toEqual(["sent"]);
  });

  it("a message whose transaction rolls back leaves no notice", async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await sendMessage(tx, { viewer: staff, ip: null, dossierId, subject: "Onderwerp", body: "Tekst" });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await database.db.select().from(outbox)).toEqual([]);
  });
});
