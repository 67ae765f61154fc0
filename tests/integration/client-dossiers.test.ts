// The client side's data layer: dossiers with per-client unread counts, a dossier's document lists as one
// client sees them, and opening (download / view) a document with its read receipt and audit trail; against
// a real database and S3 server, with a query counter that keeps the pages free of N+1 queries.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePdf } from "@/lib/seed/pdf";
import { auditEvents, documentReads, documents, dossierClients, dossiers, messageReads, messages } from "@/db/schema";
import { openDocument } from "@/lib/documents/download";
import { listDocumentsForClient } from "@/lib/documents/queries";
import { documentListOptions } from "@/lib/documents/list-options";
import { zipContentsAction, zipLinksAction } from "@/lib/documents/zip-actions";
import { getDossierForClient, listDossiersForClient } from "@/lib/dossiers/queries";
import { PAGE_SIZE, pageRequest } from "@/lib/pagination";
import { objectKeyFor } from "@/lib/storage/keys";
import { putObject } from "@/lib/storage/objects";
import type { DocumentKind } from "@/lib/uploads/types";
import { actAs, createDossier, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { insertFirstMessage, messageInsert } from "../support/rows";
import { UNREAD_COUNT_CAP } from "@/lib/dossiers/unread-count";
import { configureProcess } from "../support/process-config";
import { startTestS3, storageEnv, type TestS3 } from "../support/s3-server";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let s3: TestS3;
/** Every statement drizzle sends on the process database (count and SQL); reset before a measurement. */
let queries = 0;
let statements: string[] = [];
let office: TestOffice;
let otherOffice: TestOffice;
let staff: TestUser<"staff">;
let clientA: TestUser<"client">;
let clientB: TestUser<"client">;
let stranger: TestUser<"client">;
let foreignClient: TestUser<"client">;

const PDF = makePdf(["Concept akte van levering"]);
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const firstPage = pageRequest(undefined);

beforeAll(async () => {
  [database, s3] = await Promise.all([
    createTestDatabase({
      onQuery: (sql) => {
        queries++;
        statements.push(sql);
      },
    }),
    startTestS3(),
  ]);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "klantenportaal-client-dossiers-"));
  configureProcess({ DATA_DIR: dataDir, ...storageEnv(s3) }, database);
  [office, otherOffice] = await Promise.all([createOffice(database.db), createOffice(database.db)]);
  [staff, clientA, clientB, stranger, foreignClient] = await Promise.all([
    createUser(database.db, office.id, "staff"),
    createUser(database.db, office.id, "client", { name: "Jan Jansen" }),
    createUser(database.db, office.id, "client", { name: "Marie Jansen" }),
    createUser(database.db, office.id, "client", { name: "Kees Vreemd" }),
    createUser(database.db, otherOffice.id, "client", { name: "Anna Anders" }),
  ]);
});
afterAll(async () => {
  await Promise.all([database?.close(), s3?.close()]);
});

type NewDocument = {
  officeId?: string;
  dossierId: string;
  kind?: DocumentKind;
  createdById?: string;
  title?: string;
  fileName?: string;
  contentType?: string;
  size?: number;
  messageId?: string;
  withdrawnAt?: Date;
  createdAt?: Date;
};

function documentRow(input: NewDocument): typeof documents.$inferInsert {
  const officeId = input.officeId ?? office.id;
  return {
    officeId,
    dossierId: input.dossierId,
    kind: input.kind ?? "document",
    title: input.title ?? "Concept akte",
    fileName: input.fileName ?? "Concept akte.pdf",
    contentType: input.contentType ?? "application/pdf",
    size: input.size ?? PDF.length,
    storageKey: objectKeyFor({ officeId, dossierId: input.dossierId }),
    createdById: input.createdById ?? staff.userId,
    messageId: input.messageId,
    withdrawnAt: input.withdrawnAt,
    withdrawnById: input.withdrawnAt ? staff.userId : undefined,
    createdAt: input.createdAt,
  };
}

/** A document row (no object in the store unless `body` is given). */
async function insertDocument(input: NewDocument & { body?: Buffer }) {
  const [row] = await database.db.insert(documents).values(documentRow(input)).returning();
  if (input.body) await putObject(row!.storageKey, input.body, row!.contentType);
  return row!;
}

/** A first message; a client's is between them and the office (as sendMessage would place it). */
async function insertMessage(dossierId: string, authorId: string, subject = "Afspraak passeren", officeId = office.id) {
  return insertFirstMessage(database.db, { officeId, dossierId, authorId, subject, body: "Tekst" });
}

async function readsOf(documentId: string): Promise<string[]> {
  const rows = await database.db.select().from(documentReads).where(eq(documentReads.documentId, documentId));
  return rows.map((row) => row.userId).sort();
}

async function auditFor(action: string, subjectId: string, actorId: string) {
  return database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.subjectId, subjectId), eq(auditEvents.actorId, actorId)));
}

/** The file name a Content-Disposition value carries in its RFC 5987 `filename*` part. */
function extendedFileName(disposition: string): string {
  const match = /filename\*=UTF-8''([^;]+)/.exec(disposition);
  if (!match) throw new Error(`no filename* in ${disposition}`);
  return decodeURIComponent(match[1]!);
}

describe("unread counts", () => {
  it("keeps each client's own marks: documents per kind, withdrawn never counted, only staff messages", async () => {
    const dossier = await createDossier(database.db, office.id, [clientA.userId, clientB.userId]);
    const [first, second] = [
      await insertDocument({ dossierId: dossier.id, title: "Concept akte" }),
      await insertDocument({ dossierId: dossier.id, title: "Nota van afrekening" }),
    ];
    const letter = await insertDocument({ dossierId: dossier.id, kind: "correspondence", title: "Brief" });
    await insertDocument({ dossierId: dossier.id, title: "Ingetrokken", withdrawnAt: new Date() });
    await insertDocument({ dossierId: dossier.id, kind: "correspondence", title: "Ingetrokken brief", withdrawnAt: new Date() });
    await insertDocument({ dossierId: dossier.id, kind: "supplied", createdById: clientA.userId, title: "Paspoort" });
    const fromStaff = await insertMessage(dossier.id, staff.userId, "Concept akte staat klaar");
    await insertMessage(dossier.id, staff.userId, "Afspraak passeren");
    await insertMessage(dossier.id, clientA.userId, "Vraag over de akte");

    const before = { correspondence: 1, documents: 2, messages: 2 };
    expect((await getDossierForClient({ viewer: clientA, dossierId: dossier.id }))?.unread).toEqual(before);
    expect((await getDossierForClient({ viewer: clientB, dossierId: dossier.id }))?.unread).toEqual(before);

    // Client A opens a document and a letter: only A's counts drop.
    expect(await openDocument({ viewer: clientA, documentId: first.id, ip: "192.0.2.7" })).not.toBeNull();
    expect(await openDocument({ viewer: clientA, documentId: letter.id, ip: "192.0.2.7", mode: "view" })).not.toBeNull();
    expect((await getDossierForClient({ viewer: clientA, dossierId: dossier.id }))?.unread).toEqual({
      correspondence: 0,
      documents: 1,
      messages: 2,
    });
    expect((await getDossierForClient({ viewer: clientB, dossierId: dossier.id }))?.unread).toEqual(before);

    // A read mark on a staff message: A's message count drops, B's does not.
    await database.db.insert(messageReads).values({ messageId: fromStaff, userId: clientA.userId });
    expect((await getDossierForClient({ viewer: clientA, dossierId: dossier.id }))?.unread.messages).toBe(1);
    expect((await getDossierForClient({ viewer: clientB, dossierId: dossier.id }))?.unread.messages).toBe(2);

    // Withdrawing the one A has not opened yet takes it out of A's (and B's) count.
    await database.db.update(documents).set({ withdrawnAt: new Date(), withdrawnById: staff.userId }).where(eq(documents.id, second.id));
    expect((await getDossierForClient({ viewer: clientA, dossierId: dossier.id }))?.unread.documents).toBe(0);
    expect((await getDossierForClient({ viewer: clientB, dossierId: dossier.id }))?.unread.documents).toBe(1);
  });

  it("lists only the client's linked dossiers of their own office, open before closed, with the same counts", async () => {
    const lister = await createUser(database.db, office.id, "client", { name: "Lies Lijst" });
    const co = await createUser(database.db, office.id, "client");
    const oldOpen = await createDossier(database.db, office.id, [lister.userId, co.userId]);
    const closed = await createDossier(database.db, office.id, [lister.userId]);
    const newOpen = await createDossier(database.db, office.id, [lister.userId]);
    const notLinked = await createDossier(database.db, office.id, [co.userId]);
    const foreign = await createDossier(database.db, otherOffice.id, [foreignClient.userId]);
    // A link across offices (which the portal never makes) still does not show another office's dossier.
    await database.db.insert(dossierClients).values({ dossierId: foreign.id, userId: lister.userId });
    const now = Date.now();
    await database.db
      .update(dossiers)
      .set({ updatedAt: new Date(now - 3 * 60_000) })
      .where(eq(dossiers.id, oldOpen.id));
    await database.db
      .update(dossiers)
      .set({ status: "closed", updatedAt: new Date(now) })
      .where(eq(dossiers.id, closed.id));
    await database.db
      .update(dossiers)
      .set({ updatedAt: new Date(now - 60_000) })
      .where(eq(dossiers.id, newOpen.id));

    const opened = await insertDocument({ dossierId: oldOpen.id });
    await insertDocument({ dossierId: oldOpen.id, kind: "correspondence" });
    await insertDocument({ dossierId: closed.id });
    await insertMessage(newOpen.id, staff.userId);
    await insertMessage(newOpen.id, lister.userId);
    await insertDocument({ dossierId: notLinked.id });
    await insertDocument({ officeId: otherOffice.id, dossierId: foreign.id });
    await openDocument({ viewer: lister, documentId: opened.id, ip: null });

    const list = await listDossiersForClient({ viewer: lister });
    expect(list.map((item) => item.id).sort()).toEqual([oldOpen.id, closed.id, newOpen.id].sort());
    // Open before closed (the closed one is the most recently changed), then most recently changed first.
    expect(list.map((item) => item.status)).toEqual(["open", "open", "closed"]);
    expect(list.map((item) => item.id)).toEqual([newOpen.id, oldOpen.id, closed.id]);
    expect(list.find((item) => item.id === oldOpen.id)?.unread).toEqual({ correspondence: 1, documents: 0, messages: 0 });
    expect(list.find((item) => item.id === closed.id)?.unread).toEqual({ correspondence: 0, documents: 1, messages: 0 });
    expect(list.find((item) => item.id === newOpen.id)?.unread).toEqual({ correspondence: 0, documents: 0, messages: 1 });
    for (const item of list) {
      expect(await getDossierForClient({ viewer: lister, dossierId: item.id })).toEqual(item);
    }
    // The co-client's marks are their own.
    const coList = await listDossiersForClient({ viewer: co });
    expect(coList.map((item) => item.id).sort()).toEqual([oldOpen.id, notLinked.id].sort());
    expect(coList.find((item) => item.id === oldOpen.id)?.unread).toEqual({ correspondence: 1, documents: 1, messages: 0 });
  });
});

describe("getDossierForClient", () => {
  it("answers null for every dossier the client is not linked to, and for staff and malformed ids", async () => {
    const own = await createDossier(database.db, office.id, [clientA.userId]);
    const strangers = await createDossier(database.db, office.id, [stranger.userId]);
    const foreign = await createDossier(database.db, otherOffice.id, [foreignClient.userId]);
    const crossLinked = await createDossier(database.db, otherOffice.id, [clientA.userId]);

    expect(await getDossierForClient({ viewer: clientA, dossierId: own.id })).toMatchObject({
      id: own.id,
      reference: own.reference,
      title: own.title,
      status: "open",
    });
    expect(await getDossierForClient({ viewer: clientA, dossierId: strangers.id })).toBeNull();
    expect(await getDossierForClient({ viewer: clientA, dossierId: foreign.id })).toBeNull();
    expect(await getDossierForClient({ viewer: clientA, dossierId: crossLinked.id })).toBeNull();
    expect(await getDossierForClient({ viewer: foreignClient, dossierId: own.id })).toBeNull();
    expect(await getDossierForClient({ viewer: foreignClient, dossierId: foreign.id })).not.toBeNull();
    expect(await getDossierForClient({ viewer: clientA, dossierId: "not-a-uuid" })).toBeNull();
    expect(await getDossierForClient({ viewer: clientA, dossierId: `${own.id}' or '1'='1` })).toBeNull();
    expect(await getDossierForClient({ viewer: clientA, dossierId: "00000000-0000-4000-8000-000000000000" })).toBeNull();
  });

  it("stops answering at once when the client is unlinked, and still answers for a closed dossier", async () => {
    const dossier = await createDossier(database.db, office.id, [clientA.userId, clientB.userId]);
    const document = await insertDocument({ dossierId: dossier.id });
    expect(await getDossierForClient({ viewer: clientA, dossierId: dossier.id })).not.toBeNull();

    await database.db.update(dossiers).set({ status: "closed" }).where(eq(dossiers.id, dossier.id));
    expect(await getDossierForClient({ viewer: clientA, dossierId: dossier.id })).toMatchObject({ id: dossier.id, status: "closed" });
    expect((await listDocumentsForClient({ viewer: clientA, dossierId: dossier.id, kind: "document", page: firstPage })).total).toBe(1);

    await database.db
      .delete(dossierClients)
      .where(and(eq(dossierClients.dossierId, dossier.id), eq(dossierClients.userId, clientA.userId)));
    expect(await getDossierForClient({ viewer: clientA, dossierId: dossier.id })).toBeNull();
    expect((await listDossiersForClient({ viewer: clientA })).map((item) => item.id)).not.toContain(dossier.id);
    expect((await listDocumentsForClient({ viewer: clientA, dossierId: dossier.id, kind: "document", page: firstPage })).total).toBe(0);
    expect(await openDocument({ viewer: clientA, documentId: document.id, ip: null })).toBeNull();
    // The co-client still linked keeps access.
    expect(await getDossierForClient({ viewer: clientB, dossierId: dossier.id })).not.toBeNull();
  });
});

describe("listDocumentsForClient", () => {
  it("pages newest first in the database, without withdrawn documents, with the right total", async () => {
    const dossier = await createDossier(database.db, office.id, [clientA.userId]);
    const start = Date.UTC(2024, 0, 1);
    const count = PAGE_SIZE + 5;
    const rows = Array.from({ length: count }, (_, i) =>
      documentRow({ dossierId: dossier.id, title: `Stuk ${i + 1}`, createdAt: new Date(start + i * 60_000) }),
    );
    // Newest of all, but withdrawn; and one of another kind.
    rows.push(
      documentRow({ dossierId: dossier.id, title: "Ingetrokken", createdAt: new Date(start + 10 * 86_400_000), withdrawnAt: new Date() }),
    );
    rows.push(documentRow({ dossierId: dossier.id, kind: "correspondence", title: "Brief", createdAt: new Date(start) }));
    await database.db.insert(documents).values(rows);

    expect(firstPage.limit).toBe(PAGE_SIZE);
    statements = [];
    const one = await listDocumentsForClient({ viewer: clientA, dossierId: dossier.id, kind: "document", page: firstPage });
    // Two statements, the rows under a LIMIT and OFFSET (parameters of the prepared query) and a count: the
    // database pages.
    expect(statements).toHaveLength(2);
    expect(statements.filter((sql) => /\blimit \$\d+ offset \$\d+$/i.test(sql))).toHaveLength(1);
    expect(statements.filter((sql) => /^select count\(\*\) from "documents"/i.test(sql))).toHaveLength(1);
    expect(one.total).toBe(count);
    expect(one.page).toBe(1);
    expect(one.pageCount).toBe(2);
    expect(one.items).toHaveLength(PAGE_SIZE);
    expect(one.items.map((item) => item.title)).toEqual(Array.from({ length: PAGE_SIZE }, (_, i) => `Stuk ${count - i}`));

    statements = [];
    const two = await listDocumentsForClient({ viewer: clientA, dossierId: dossier.id, kind: "document", page: pageRequest("2") });
    expect(statements).toHaveLength(2);
    expect(statements.filter((sql) => /\blimit \$\d+ offset \$\d+$/i.test(sql))).toHaveLength(1);
    expect(two).toMatchObject({ page: 2, pageCount: 2, total: count });
    expect(two.items.map((item) => item.title)).toEqual(["Stuk 5", "Stuk 4", "Stuk 3", "Stuk 2", "Stuk 1"]);
    const all = [...one.items, ...two.items];
    expect(new Set(all.map((item) => item.id)).size).toBe(count);
    expect(all.map((item) => item.title)).not.toContain("Ingetrokken");
    const times = all.map((item) => item.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const letters = await listDocumentsForClient({ viewer: clientA, dossierId: dossier.id, kind: "correspondence", page: firstPage });
    expect(letters.items.map((item) => item.title)).toEqual(["Brief"]);
    expect(letters.total).toBe(1);
  });

  it("limits the page in SQL: a page past the end is empty, with the total still right", async () => {
    const dossier = await createDossier(database.db, office.id, [clientA.userId]);
    await database.db.insert(documents).values(Array.from({ length: 3 }, () => documentRow({ dossierId: dossier.id })));
    const far = await listDocumentsForClient({ viewer: clientA, dossierId: dossier.id, kind: "document", page: pageRequest("3", 2) });
    expect(far).toMatchObject({ items: [], total: 3, page: 3, pageCount: 2 });
    const near = await listDocumentsForClient({ viewer: clientA, dossierId: dossier.id, kind: "document", page: pageRequest("2", 2) });
    expect(near.items).toHaveLength(1);
  });

  it("marks unread until this client opens it, and never for what they supplied", async () => {
    const dossier = await createDossier(database.db, office.id, [clientA.userId, clientB.userId]);
    const document = await insertDocument({ dossierId: dossier.id, title: "Concept akte" });
    const other = await insertDocument({ dossierId: dossier.id, title: "Nota" });
    const unreadOf = async (viewer: TestUser<"client">) =>
      Object.fromEntries(
        (await listDocumentsForClient({ viewer, dossierId: dossier.id, kind: "document", page: firstPage })).items.map((item) => [
          item.title,
          item.unread,
        ]),
      );
    expect(await unreadOf(clientA)).toEqual({ "Concept akte": true, Nota: true });
    await openDocument({ viewer: clientA, documentId: document.id, ip: null, mode: "view" });
    expect(await unreadOf(clientA)).toEqual({ "Concept akte": false, Nota: true });
    expect(await unreadOf(clientB)).toEqual({ "Concept akte": true, Nota: true });
    // Staff opening a document is no read mark for anyone.
    await openDocument({ viewer: staff, documentId: other.id, ip: null });
    expect(await unreadOf(clientA)).toEqual({ "Concept akte": false, Nota: true });
    expect(await readsOf(other.id)).toEqual([]);
  });

  it("shows of the supplied documents only the viewer's own, with the message they came with", async () => {
    const dossier = await createDossier(database.db, office.id, [clientA.userId, clientB.userId]);
    const messageId = await insertMessage(dossier.id, clientA.userId, "Mijn paspoort");
    const mine = await insertDocument({
      dossierId: dossier.id,
      kind: "supplied",
      createdById: clientA.userId,
      title: "Paspoort",
      messageId,
      createdAt: new Date(Date.now() - 60_000),
    });
    const loose = await insertDocument({ dossierId: dossier.id, kind: "supplied", createdById: clientA.userId, title: "Loonstrook" });
    const theirs = await insertDocument({ dossierId: dossier.id, kind: "supplied", createdById: clientB.userId, title: "Rijbewijs" });
    await insertDocument({ dossierId: dossier.id, kind: "supplied", createdById: clientA.userId, title: "Weg", withdrawnAt: new Date() });

    const page = await listDocumentsForClient({ viewer: clientA, dossierId: dossier.id, kind: "supplied", page: firstPage });
    expect(page.total).toBe(2);
    expect(page.items.map((item) => item.id)).toEqual([loose.id, mine.id]);
    expect(page.items.find((item) => item.id === mine.id)).toMatchObject({
      unread: false,
      message: { id: messageId, subject: "Mijn paspoort" },
    });
    expect(page.items.find((item) => item.id === loose.id)).toMatchObject({ unread: false, message: null });

    // Opened or not, a supplied document is never "new" for the one who supplied it.
    await openDocument({ viewer: clientA, documentId: mine.id, ip: null });
    const again = await listDocumentsForClient({ viewer: clientA, dossierId: dossier.id, kind: "supplied", page: firstPage });
    expect(again.items.map((item) => item.unread)).toEqual([false, false]);

    // The co-client's supplied document: not listed, not openable, nothing read.
    const coPage = await listDocumentsForClient({ viewer: clientB, dossierId: dossier.id, kind: "supplied", page: firstPage });
    expect(coPage.items.map((item) => item.id)).toEqual([theirs.id]);
    expect(await openDocument({ viewer: clientA, documentId: theirs.id, ip: null })).toBeNull();
    expect(await openDocument({ viewer: clientA, documentId: theirs.id, ip: null, mode: "view" })).toBeNull();
    expect(await readsOf(theirs.id)).toEqual([]);
    expect(await auditFor("document.access_denied", theirs.id, clientA.userId)).toHaveLength(2);
    // Staff see every supplied document of their office.
    expect(await openDocument({ viewer: staff, documentId: theirs.id, ip: null })).not.toBeNull();
  });

  it("answers an empty page for staff, a malformed id or another client's dossier", async () => {
    const dossier = await createDossier(database.db, office.id, [clientA.userId]);
    await insertDocument({ dossierId: dossier.id });
    const list = (viewer: TestUser<"client">, dossierId: string) =>
      listDocumentsForClient({ viewer, dossierId, kind: "document", page: firstPage });
    expect((await list(clientA, dossier.id)).total).toBe(1);
    expect(await list(stranger, dossier.id)).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
    expect(await list(foreignClient, dossier.id)).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
    expect(await list(clientA, "nope")).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
  });
});

describe("finding documents (issue 14)", () => {
  it("searches titles, sorts by date or title, and filters what this client has not opened", async () => {
    const dossier = await createDossier(database.db, office.id, [clientA.userId, clientB.userId]);
    const day = (n: number) => new Date(Date.UTC(2026, 10, n));
    const akte = await insertDocument({ dossierId: dossier.id, title: "Concept akte", createdAt: day(1) });
    const nota = await insertDocument({ dossierId: dossier.id, title: "Nota van afrekening", createdAt: day(2) });
    const kaart = await insertDocument({ dossierId: dossier.id, title: "akte bijlage 100%_kaart", createdAt: day(3) });
    await insertDocument({ dossierId: dossier.id, title: "Ingetrokken akte", createdAt: day(4), withdrawnAt: new Date() });
    await openDocument({ viewer: clientA, documentId: nota.id, ip: null });
    const list = async (viewer: TestUser<"client">, query: Record<string, string>) =>
      (
        await listDocumentsForClient({
          viewer,
          dossierId: dossier.id,
          kind: "document",
          page: firstPage,
          options: documentListOptions(query),
        })
      ).items.map((item) => item.title);

    expect(await list(clientA, {})).toEqual(["akte bijlage 100%_kaart", "Nota van afrekening", "Concept akte"]);
    expect(await list(clientA, { sort: "oldest" })).toEqual(["Concept akte", "Nota van afrekening", "akte bijlage 100%_kaart"]);
    expect(await list(clientA, { sort: "title" })).toEqual(["akte bijlage 100%_kaart", "Concept akte", "Nota van afrekening"]);
    // Case-insensitive, and % and _ are plain characters, not wildcards.
    expect(await list(clientA, { q: "AKTE" })).toEqual(["akte bijlage 100%_kaart", "Concept akte"]);
    expect(await list(clientA, { q: "100%_" })).toEqual(["akte bijlage 100%_kaart"]);
    expect(await list(clientA, { q: "0%k" })).toEqual([]);
    // Unread is this client's own: A opened the nota, B did not.
    expect(await list(clientA, { unread: "1" })).toEqual(["akte bijlage 100%_kaart", "Concept akte"]);
    expect(await list(clientB, { unread: "1" })).toHaveLength(3);
    const filtered = await listDocumentsForClient({
      viewer: clientA,
      dossierId: dossier.id,
      kind: "document",
      page: firstPage,
      options: documentListOptions({ unread: "1", q: "akte" }),
    });
    expect(filtered.total).toBe(2);
    // Unknown values fall back to the defaults.
    expect(documentListOptions({ sort: "drop table", unread: "yes" })).toEqual({ search: null, sort: "newest", unreadOnly: false });
    expect([akte.id, kaart.id]).toHaveLength(2);
  });

  it("Alles downloaden: the tab's documents and links a batch at a time, only within the client's scope", async () => {
    const dossier = await createDossier(database.db, office.id, [clientA.userId]);
    const other = await createDossier(database.db, office.id, [clientB.userId]);
    const first = await insertDocument({ dossierId: dossier.id, title: "Akte", fileName: "Akte.pdf", body: PDF });
    const second = await insertDocument({ dossierId: dossier.id, title: "Akte 2", fileName: "Akte.pdf", body: PDF });
    const withdrawn = await insertDocument({ dossierId: dossier.id, title: "Weg", withdrawnAt: new Date() });
    const foreign = await insertDocument({ dossierId: other.id, title: "Van een ander" });

    const contents = await actAs(office, clientA, () => zipContentsAction({ dossierId: dossier.id, kind: "document" }));
    expect(contents).toEqual({
      ok: true,
      data: [
        { id: second.id, fileName: "Akte.pdf" },
        { id: first.id, fileName: "Akte.pdf" },
      ],
    });
    expect(await actAs(office, clientA, () => zipContentsAction({ dossierId: other.id, kind: "document" }))).toEqual({
      ok: false,
      code: "errors.not_found",
    });
    expect(await actAs(office, staff, () => zipContentsAction({ dossierId: dossier.id, kind: "document" }))).toMatchObject({ ok: false });

    const links = await actAs(office, clientA, () => zipLinksAction({ documentIds: [first.id, withdrawn.id, foreign.id, second.id] }));
    if (!links.ok) throw new Error(links.code);
    expect(links.data.map((link) => link.id)).toEqual([first.id, second.id]);
    const response = await fetch(links.data[0]!.url);
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
    // Each link counts as opening the document (read mark, audit), as a single download does.
    expect(await readsOf(first.id)).toEqual([clientA.userId]);
    expect(await auditFor("document.access_denied", foreign.id, clientA.userId)).toHaveLength(1);
    const tooMany = Array.from({ length: 26 }, () => first.id);
    expect(await actAs(office, clientA, () => zipLinksAction({ documentIds: tooMany }))).toMatchObject({
      ok: false,
      code: "errors.invalid_input",
    });
  });
});

describe("openDocument", () => {
  it("refuses another client of the office and a client of another office in both modes: audited, nothing read", async () => {
    const dossier = await createDossier(database.db, office.id, [clientA.userId]);
    const document = await insertDocument({ dossierId: dossier.id, body: PDF });

    for (const intruder of [stranger, foreignClient]) {
      expect(await openDocument({ viewer: intruder, documentId: document.id, ip: "198.51.100.4", mode: "download" })).toBeNull();
      expect(await openDocument({ viewer: intruder, documentId: document.id, ip: "198.51.100.4", mode: "view" })).toBeNull();
      const denied = await auditFor("document.access_denied", document.id, intruder.userId);
      expect(denied).toHaveLength(2);
      expect(denied.map((row) => (row.data as { mode?: string }).mode).sort()).toEqual(["download", "view"]);
      for (const row of denied) {
        expect(row).toMatchObject({ officeId: intruder.officeId, subjectType: "document", subjectId: document.id, ip: "198.51.100.4" });
      }
      expect(await auditFor("document.download", document.id, intruder.userId)).toHaveLength(0);
      expect(await auditFor("document.view", document.id, intruder.userId)).toHaveLength(0);
      const reads = await database.db.select().from(documentReads).where(eq(documentReads.userId, intruder.userId));
      expect(reads).toHaveLength(0);
    }
    expect(await readsOf(document.id)).toEqual([]);
    // The linked client still opens it.
    expect(await openDocument({ viewer: clientA, documentId: document.id, ip: null })).not.toBeNull();
    expect(await readsOf(document.id)).toEqual([clientA.userId]);
  });

  it("views a PDF inline and downloads it as an attachment under its original name, recording one read", async () => {
    const fileName = "Concept akte Zoë & Ærø.pdf";
    const dossier = await createDossier(database.db, office.id, [clientA.userId]);
    const document = await insertDocument({ dossierId: dossier.id, fileName, body: PDF });

    const viewed = await openDocument({ viewer: clientA, documentId: document.id, ip: "192.0.2.5", mode: "view" });
    expect(viewed).not.toBeNull();
    const inline = await fetch(viewed!.url);
    expect(inline.status).toBe(200);
    const inlineDisposition = inline.headers.get("content-disposition") ?? "";
    expect(inlineDisposition).toMatch(/^inline;/);
    expect(extendedFileName(inlineDisposition)).toBe(fileName);
    expect(inline.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await inline.arrayBuffer()).equals(PDF)).toBe(true);

    const downloaded = await openDocument({ viewer: clientA, documentId: document.id, ip: "192.0.2.5", mode: "download" });
    expect(downloaded).not.toBeNull();
    const attachment = await fetch(downloaded!.url);
    expect(attachment.status).toBe(200);
    const attachmentDisposition = attachment.headers.get("content-disposition") ?? "";
    expect(attachmentDisposition).toMatch(/^attachment;/);
    expect(extendedFileName(attachmentDisposition)).toBe(fileName);
    expect(attachmentDisposition).toMatch(/filename="Concept akte Zoe & r\.pdf"/);
    expect(Buffer.from(await attachment.arrayBuffer()).equals(PDF)).toBe(true);

    // One read mark (the first), one audit event per opening, each with its own action.
    expect(await readsOf(document.id)).toEqual([clientA.userId]);
    const views = await auditFor("document.view", document.id, clientA.userId);
    const downloads = await auditFor("document.download", document.id, clientA.userId);
    expect(views).toHaveLength(1);
    expect(downloads).toHaveLength(1);
    expect(views[0]).toMatchObject({ officeId: office.id, dossierId: dossier.id, subjectType: "document", ip: "192.0.2.5" });
    expect(downloads[0]).toMatchObject({ officeId: office.id, dossierId: dossier.id, subjectType: "document", ip: "192.0.2.5" });
    // Neither the URL nor any secret goes into the audit trail.
    expect(JSON.stringify([...views, ...downloads])).not.toContain("X-Amz");
  });

  it("falls back to an attachment URL when asked to view a type a browser may not show (.docx)", async () => {
    const dossier = await createDossier(database.db, office.id, [clientA.userId]);
    const body = Buffer.from("PK\u0003\u0004 not really a docx");
    const document = await insertDocument({ dossierId: dossier.id, fileName: "Volmacht.docx", contentType: DOCX, size: body.length, body });

    const opened = await openDocument({ viewer: clientA, documentId: document.id, ip: null, mode: "view" });
    expect(opened).not.toBeNull();
    expect(new URL(opened!.url).searchParams.get("response-content-disposition")).toMatch(/^attachment;/);
    const response = await fetch(opened!.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="Volmacht\.docx"/);
    expect(response.headers.get("content-type")).toBe(DOCX);
    expect(Buffer.from(await response.arrayBuffer()).equals(body)).toBe(true);
    // What was handed out is a download, and the audit trail says so.
    expect(await auditFor("document.view", document.id, clientA.userId)).toHaveLength(0);
    expect(await auditFor("document.download", document.id, clientA.userId)).toHaveLength(1);
    expect(await readsOf(document.id)).toEqual([clientA.userId]);
  });

  it("views JPEG and PNG inline too", async () => {
    const dossier = await createDossier(database.db, office.id, [clientA.userId]);
    for (const [fileName, contentType] of [
      ["Foto.jpg", "image/jpeg"],
      ["Scan.png", "image/png"],
    ] as const) {
      const document = await insertDocument({ dossierId: dossier.id, fileName, contentType });
      const opened = await openDocument({ viewer: clientA, documentId: document.id, ip: null, mode: "view" });
      expect(new URL(opened!.url).searchParams.get("response-content-disposition")).toMatch(/^inline;/);
      expect(await auditFor("document.view", document.id, clientA.userId)).toHaveLength(1);
    }
  });
});

describe("query counts (no N+1)", () => {
  /** The queries one dossier page needs: the dossier with its counts, and page 1 of one tab. */
  async function dossierPageQueries(viewer: TestUser<"client">, dossierId: string) {
    queries = 0;
    const dossier = await getDossierForClient({ viewer, dossierId });
    const page = await listDocumentsForClient({ viewer, dossierId, kind: "document", page: firstPage });
    return { count: queries, dossier, page };
  }

  it("renders a dossier with 2,000 documents in as many queries as one with 5", async () => {
    const client = await createUser(database.db, office.id, "client");
    const small = await createDossier(database.db, office.id, [client.userId]);
    const large = await createDossier(database.db, office.id, [client.userId]);
    await database.db.insert(documents).values(Array.from({ length: 5 }, () => documentRow({ dossierId: small.id })));
    for (let batch = 0; batch < 4; batch++) {
      await database.db.insert(documents).values(Array.from({ length: 500 }, () => documentRow({ dossierId: large.id })));
    }
    await database.db
      .insert(messages)
      .values(
        Array.from({ length: 50 }, (_, i) =>
          messageInsert({ officeId: office.id, dossierId: large.id, authorId: staff.userId, subject: `Bericht ${i}`, body: "x" }),
        ),
      );

    const few = await dossierPageQueries(client, small.id);
    const many = await dossierPageQueries(client, large.id);
    expect(few.dossier?.unread.documents).toBe(5);
    expect(few.page.total).toBe(5);
    // Counts stop at the cap ("99+"), so the header costs the same for 2,000 unread documents as for 100.
    expect(many.dossier?.unread).toEqual({ correspondence: 0, documents: UNREAD_COUNT_CAP, messages: 50 });
    expect(many.page.total).toBe(2000);
    expect(many.page.items).toHaveLength(PAGE_SIZE);
    expect(many.count).toBe(few.count);
    expect(many.count).toBeGreaterThan(0);
    expect(many.count).toBeLessThanOrEqual(4);
  });

  it("lists 30 dossiers in as many queries as 1", async () => {
    const single = await createUser(database.db, office.id, "client");
    const busy = await createUser(database.db, office.id, "client");
    const one = await createDossier(database.db, office.id, [single.userId]);
    await insertDocument({ dossierId: one.id });
    const thirty = [];
    for (let i = 0; i < 30; i++) thirty.push(await createDossier(database.db, office.id, [busy.userId]));
    await database.db
      .insert(documents)
      .values(
        thirty.flatMap((dossier) => [
          documentRow({ dossierId: dossier.id }),
          documentRow({ dossierId: dossier.id, kind: "correspondence" }),
        ]),
      );
    await database.db
      .insert(messages)
      .values(
        thirty.map((dossier) =>
          messageInsert({ officeId: office.id, dossierId: dossier.id, authorId: staff.userId, subject: "Hallo", body: "x" }),
        ),
      );

    queries = 0;
    const singleList = await listDossiersForClient({ viewer: single });
    const singleCount = queries;
    queries = 0;
    const busyList = await listDossiersForClient({ viewer: busy });
    const busyCount = queries;

    expect(singleList.map((item) => item.id)).toEqual([one.id]);
    expect(busyList).toHaveLength(30);
    expect(new Set(busyList.map((item) => item.id))).toEqual(new Set(thirty.map((dossier) => dossier.id)));
    for (const item of busyList) expect(item.unread).toEqual({ correspondence: 1, documents: 1, messages: 1 });
    expect(busyCount).toBe(singleCount);
    expect(busyCount).toBeGreaterThan(0);
    expect(busyCount).toBeLessThanOrEqual(4);
  });
});
