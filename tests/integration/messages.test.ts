// The shared message model: office inbox, threads, read marks per user, sending and answering, and access
// for both roles (staff of the office; clients linked to the dossier).
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, messageReads, messages } from "@/db/schema";
import type { Viewer } from "@/lib/core/viewer";
import { assignConversationAction, replyToMessageAction, sendMessageAction } from "@/lib/messages/actions";
import { getConversationAssignee } from "@/lib/messages/assignment";
import { countOpenConversations, listDossierConversations, listOfficeConversations } from "@/lib/messages/conversations";
import { getMessage } from "@/lib/messages/queries";
import { sendMessage } from "@/lib/messages/send";
import { normaliseSubject, replySubject } from "@/lib/messages/subject";
import { pageRequest } from "@/lib/pagination";
import { actAs, createDossier, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let officeA: TestOffice;
let officeB: TestOffice;
let staffA: TestUser<"staff">;
let colleagueA: TestUser<"admin">;
let client: TestUser<"client">;
let coClient: TestUser<"client">;
let outsider: TestUser<"client">;
let staffB: TestUser<"staff">;
let dossierId: string;
let otherDossierId: string;

const firstPage = pageRequest(undefined);

async function clientWrites(viewer: Viewer, subject: string, body = "Een vraag over de akte.") {
  return (await database.db.transaction((tx) => sendMessage(tx, { viewer, ip: null, dossierId, subject, body }))).id;
}

async function rowCounts() {
  const [[m], [a]] = await Promise.all([
    database.db.select({ n: count() }).from(messages),
    database.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.action, "message.send")),
  ]);
  return { messages: m!.n, audit: a!.n };
}

beforeAll(async () => {
  database = await createTestDatabase();
  configureProcess({}, database);
  [officeA, officeB] = await Promise.all([createOffice(database.db), createOffice(database.db)]);
  [staffA, colleagueA, client, coClient, outsider, staffB] = await Promise.all([
    createUser(database.db, officeA.id, "staff"),
    createUser(database.db, officeA.id, "admin"),
    createUser(database.db, officeA.id, "client", { name: "Jan Jansen" }),
    createUser(database.db, officeA.id, "client", { name: "Piet Jansen" }),
    createUser(database.db, officeA.id, "client"),
    createUser(database.db, officeB.id, "staff"),
  ]);
  dossierId = (await createDossier(database.db, officeA.id, [client.userId, coClient.userId])).id;
  otherDossierId = (await createDossier(database.db, officeA.id, [outsider.userId])).id;
});
afterAll(async () => {
  await database?.close();
});

describe("office inbox and read marks", () => {
  it("shows a client's message unread to every staff member, and opening marks it read for that one only", async () => {
    const id = await clientWrites(client, "Vraag over de overdracht");
    for (const viewer of [staffA, colleagueA]) {
      const inbox = await listOfficeConversations({ viewer, filter: "all", page: firstPage });
      expect(inbox.items[0]).toMatchObject({
        id,
        subject: "Vraag over de overdracht",
        participants: ["Jan Jansen"],
        messageCount: 1,
        unreadCount: 1,
        state: "open",
        assignedTo: null,
        lastMessage: { id, direction: "incoming", authorName: "Jan Jansen" },
      });
      expect(inbox.items[0]!.dossier.id).toBe(dossierId);
    }

    // Opening the message page marks it read.
    await getMessage({ viewer: staffA, messageId: id, markRead: true });
    await getMessage({ viewer: staffA, messageId: id, markRead: true }); // opening twice is fine
    const mine = await listOfficeConversations({ viewer: staffA, filter: "all", page: firstPage });
    expect(mine.items.find((c) => c.id === id)?.unreadCount).toBe(0);
    const colleague = await listOfficeConversations({ viewer: colleagueA, filter: "open", page: firstPage });
    expect(colleague.items.find((c) => c.id === id)?.unreadCount).toBe(1);
    const reads = await database.db.select().from(messageReads).where(eq(messageReads.messageId, id));
    expect(reads.map((r) => r.userId)).toEqual([staffA.userId]);
  });

  it("lists conversations by latest activity, open (a client wrote last) or answered, searchable, paginated in the database", async () => {
    const older = await clientWrites(coClient, "Ouder bericht");
    const newer = await clientWrites(coClient, "Nieuwer bericht");
    const answer = await database.db.transaction((tx) =>
      sendMessage(tx, { viewer: staffA, ip: null, replyToId: older, subject: "Re: Ouder bericht", body: "Antwoord" }),
    );
    // One the office started that no client answered is not in the inbox.
    await database.db.transaction((tx) => sendMessage(tx, { viewer: staffA, ip: null, dossierId, subject: "Van kantoor", body: "Tekst" }));
    const list = (filter: "open" | "answered" | "all", query?: string) =>
      listOfficeConversations({ viewer: staffA, filter, query, page: pageRequest("1", 100) });
    const all = await list("all");
    expect(all.items.map((c) => c.subject)).not.toContain("Van kantoor");
    // The answered one had the latest activity: it comes first, as one row of two messages.
    expect(all.items.findIndex((c) => c.id === older)).toBeLessThan(all.items.findIndex((c) => c.id === newer));
    expect(all.items.find((c) => c.id === older)).toMatchObject({
      messageCount: 2,
      state: "answered",
      lastMessage: { id: answer.id, direction: "outgoing" },
    });
    expect((await list("open")).items.map((c) => c.id)).toContain(newer);
    expect((await list("open")).items.map((c) => c.id)).not.toContain(older);
    expect((await list("answered")).items.map((c) => c.id)).toEqual(expect.arrayContaining([older]));
    expect((await list("answered")).items.map((c) => c.id)).not.toContain(newer);
    expect(await countOpenConversations(staffA)).toBe((await list("open")).total);

    // Search: the subject, a writer's name, the dossier's reference.
    expect((await list("all", "nieuwer")).items.map((c) => c.id)).toEqual([newer]);
    expect((await list("all", coClient.name)).items.map((c) => c.id)).toEqual(expect.arrayContaining([older, newer]));
    const reference = all.items[0]!.dossier.reference;
    expect((await list("all", reference)).total).toBe(all.items.filter((c) => c.dossier.reference === reference).length);
    expect((await list("all", "bestaat-niet-%")).total).toBe(0);

    const pageTwo = await listOfficeConversations({ viewer: staffA, filter: "all", page: pageRequest("2", 1) });
    expect(pageTwo.items).toHaveLength(1);
    expect(pageTwo.items[0]!.id).toBe(all.items[1]!.id);
    expect(pageTwo).toMatchObject({ page: 2, total: all.total, pageCount: all.total });
    // Past the last page: no rows, and still the number of conversations (no row of the page carries it).
    const beyond = await listOfficeConversations({ viewer: staffA, filter: "all", page: pageRequest(String(all.total + 1), 1) });
    expect(beyond).toMatchObject({ items: [], total: all.total, pageCount: all.total });
    const openBeyond = await listOfficeConversations({ viewer: staffA, filter: "open", page: pageRequest("50", 100) });
    expect(openBeyond).toMatchObject({ items: [], total: (await list("open")).total });
  });
});

describe("conversations (issue 14)", () => {
  it("a staff member takes a conversation (Toegewezen aan), colleagues see who, and it can be released or taken over", async () => {
    const question = await clientWrites(client, "Wie pakt dit op?");
    const answer = await database.db.transaction((tx) =>
      sendMessage(tx, { viewer: staffA, ip: "192.0.2.9", replyToId: question, subject: "Re: Wie pakt dit op?", body: "Ik." }),
    );
    // Taken through any of its messages: the assignment is the conversation's.
    expect(await actAs(officeA, staffA, () => assignConversationAction({ messageId: answer.id, to: "me" }))).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await getConversationAssignee({ viewer: colleagueA, conversationId: question })).toEqual({
      id: staffA.userId,
      name: staffA.name,
    });
    const inbox = await listOfficeConversations({ viewer: colleagueA, filter: "all", page: pageRequest("1", 100) });
    expect(inbox.items.find((c) => c.id === question)?.assignedTo).toBe(staffA.name);
    const [audit] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "message.assign"), eq(auditEvents.subjectId, question)));
    expect(audit).toMatchObject({ actorId: staffA.userId, dossierId, ip: "192.0.2.1" });

    await actAs(officeA, colleagueA, () => assignConversationAction({ messageId: question, to: "me" }));
    expect((await getConversationAssignee({ viewer: staffA, conversationId: question }))?.id).toBe(colleagueA.userId);
    await actAs(officeA, colleagueA, () => assignConversationAction({ messageId: question, to: "nobody" }));
    expect(await getConversationAssignee({ viewer: staffA, conversationId: question })).toBeNull();

    // Clients, another office's staff and bad input: refused, nothing written.
    expect(await actAs(officeA, client, () => assignConversationAction({ messageId: question, to: "me" }))).toMatchObject({ ok: false });
    expect(await actAs(officeB, staffB, () => assignConversationAction({ messageId: question, to: "me" }))).toEqual({
      ok: false,
      code: "errors.not_found",
    });
    expect(await actAs(officeA, staffA, () => assignConversationAction({ messageId: question, to: "someone" as never }))).toMatchObject({
      ok: false,
      code: "errors.invalid_input",
    });
    expect(await getConversationAssignee({ viewer: staffA, conversationId: question })).toBeNull();
    expect(await getConversationAssignee({ viewer: staffB, conversationId: question })).toBeNull();
  });

  it("shows the client 'read by the office' on their own message once a staff member opened it, never on the office's", async () => {
    const question = await clientWrites(client, "Gelezen?");
    const before = await getMessage({ viewer: client, messageId: question });
    expect(before!.messages.map((m) => m.readByOffice)).toEqual([false]);
    // A co-client's read mark is no office's.
    await getMessage({ viewer: staffA, messageId: question, markRead: true });
    const after = await getMessage({ viewer: client, messageId: question });
    expect(after!.messages.map((m) => m.readByOffice)).toEqual([true]);
    // Staff are not told this about their own view.
    expect((await getMessage({ viewer: staffA, messageId: question }))!.messages.map((m) => m.readByOffice)).toEqual([false]);
    const answer = await database.db.transaction((tx) =>
      sendMessage(tx, { viewer: staffA, ip: null, replyToId: question, subject: "Re: Gelezen?", body: "Ja." }),
    );
    await getMessage({ viewer: colleagueA, messageId: answer.id, markRead: true });
    const thread = await getMessage({ viewer: client, messageId: answer.id });
    expect(thread!.messages.map((m) => [m.direction, m.readByOffice])).toEqual([
      ["outgoing", true],
      ["incoming", false],
    ]);
  });
});

describe("answering and writing", () => {
  it("prefills one 'Re: ' and collapses stacked ones", () => {
    expect(replySubject("Welkom")).toBe("Re: Welkom");
    expect(replySubject("Re: Welkom")).toBe("Re: Welkom");
    expect(replySubject("RE:re:  Welkom ")).toBe("Re: Welkom");
    expect(normaliseSubject("  Re: Re: Welkom")).toBe("Re: Welkom");
    expect(normaliseSubject(" Vraag over Re: iets ")).toBe("Vraag over Re: iets");
  });

  it("answers with reply_to_id, one 'Re: ', an audit event, and the client sees it as incoming", async () => {
    const question = await clientWrites(client, "Re: Welkom");
    const before = await rowCounts();
    const result = await actAs(officeA, staffA, () =>
      replyToMessageAction({ messageId: question, subject: "Re: RE: Welkom", body: "Beste heer Jansen,\r\n\r\nDat klopt." }),
    );
    expect(result.ok).toBe(true);
    const replyId = (result as { data: { id: string } }).data.id;
    const [reply] = await database.db.select().from(messages).where(eq(messages.id, replyId));
    expect(reply).toMatchObject({
      replyToId: question,
      subject: "Re: Welkom",
      body: "Beste heer Jansen,\n\nDat klopt.",
      dossierId,
      authorId: staffA.userId,
    });
    const [audit] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "message.send"), eq(auditEvents.subjectId, replyId)));
    expect(audit).toMatchObject({ actorId: staffA.userId, officeId: officeA.id, dossierId, ip: "192.0.2.1" });
    expect(await rowCounts()).toEqual({ messages: before.messages + 1, audit: before.audit + 1 });

    const list = await listDossierConversations({ viewer: client, dossierId, page: firstPage });
    expect(list!.items.find((c) => c.id === question)).toMatchObject({
      messageCount: 2,
      unreadCount: 1,
      lastMessage: { id: replyId, direction: "incoming", authorName: staffA.name },
    });

    const thread = await getMessage({ viewer: client, messageId: replyId });
    expect(thread!.messages.map((m) => [m.id, m.direction])).toEqual([
      [question, "outgoing"],
      [replyId, "incoming"],
    ]);
    await getMessage({ viewer: client, messageId: replyId, markRead: true });
    const after = await listDossierConversations({ viewer: client, dossierId, page: firstPage });
    expect(after!.items.find((c) => c.id === question)?.unreadCount).toBe(0);
  });

  it("opens the whole conversation from any of its messages, answers of answers included", async () => {
    const question = await clientWrites(client, "Afspraak", "Schikt dinsdag?");
    const send = (viewer: Viewer, replyToId: string, body: string) =>
      database.db.transaction((tx) => sendMessage(tx, { viewer, ip: null, replyToId, subject: "Re: Afspraak", body }));
    const answer = await send(staffA, question, "Ja, om tien uur.");
    const followUp = await send(client, answer.id, "Mag het ook om elf uur?");
    const confirmation = await send(colleagueA, followUp.id, "Genoteerd.");
    const ids = [question, answer.id, followUp.id, confirmation.id];
    for (const opened of ids) {
      const thread = await getMessage({ viewer: staffA, messageId: opened });
      expect(thread!.messages.map((m) => m.id)).toEqual(ids);
      expect(thread!.messages.map((m) => m.direction)).toEqual(["incoming", "outgoing", "incoming", "outgoing"]);
      expect(thread!.dossier.id).toBe(dossierId);
    }
    await getMessage({ viewer: colleagueA, messageId: confirmation.id, markRead: true });
    const inbox = await listOfficeConversations({ viewer: colleagueA, filter: "all", page: pageRequest("1", 100) });
    expect(inbox.items.find((c) => c.id === question)).toMatchObject({
      unreadCount: 0,
      messageCount: 4,
      state: "answered",
      lastMessage: { id: confirmation.id },
    });
  });

  it("lets staff start a message to a dossier, incoming for its clients", async () => {
    const result = await actAs(officeA, staffA, () =>
      sendMessageAction({ dossierId, subject: "Conceptakte", body: "De conceptakte staat klaar." }),
    );
    expect(result.ok).toBe(true);
    const id = (result as { data: { id: string } }).data.id;
    for (const viewer of [client, coClient]) {
      const list = await listDossierConversations({ viewer, dossierId, page: firstPage });
      expect(list!.items[0]).toMatchObject({ id, unreadCount: 1, subject: "Conceptakte", lastMessage: { id, direction: "incoming" } });
    }
    const staffView = await listDossierConversations({ viewer: colleagueA, dossierId, page: firstPage });
    expect(staffView!.items[0]).toMatchObject({ id, unreadCount: 0, lastMessage: { id, direction: "outgoing" } });
  });

  it("refuses an empty subject or a body that is too long with field errors and writes nothing", async () => {
    const question = await clientWrites(client, "Nog een vraag");
    const before = await rowCounts();
    const cases = [
      [() => replyToMessageAction({ messageId: question, subject: " ", body: "x" }), { subject: "errors.required" }],
      [() => replyToMessageAction({ messageId: question, subject: "Re: x", body: "x".repeat(10_001) }), { body: "errors.too_long" }],
      [() => sendMessageAction({ dossierId, subject: "", body: "" }), { subject: "errors.required" }],
    ] as const;
    for (const [call, fieldErrors] of cases) {
      expect(await actAs(officeA, staffA, call)).toEqual({ ok: false, code: "errors.invalid_input", fieldErrors });
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("sends a message with a subject and no text, from a form as from an object", async () => {
    const form = new FormData();
    form.set("dossierId", dossierId);
    form.set("subject", "Alleen een onderwerp");
    form.set("body", "");
    const sent = await actAs(officeA, staffA, () => sendMessageAction(form));
    expect(sent).toMatchObject({ ok: true });
    const reply = await actAs(officeA, staffA, () => replyToMessageAction({ messageId: sent.ok ? sent.data.id : "", subject: "Re: kort" }));
    expect(reply).toMatchObject({ ok: true });
  });
});

describe("access", () => {
  it("gives staff of another office not_found for everything of office A, and an empty inbox", async () => {
    const question = await clientWrites(client, "Vertrouwelijk");
    const before = await rowCounts();
    expect(await actAs(officeB, staffB, () => replyToMessageAction({ messageId: question, subject: "Re: x", body: "x" }))).toEqual({
      ok: false,
      code: "errors.not_found",
    });
    expect(await actAs(officeB, staffB, () => sendMessageAction({ dossierId, subject: "x", body: "x" }))).toEqual({
      ok: false,
      code: "errors.not_found",
    });
    expect(await getMessage({ viewer: staffB, messageId: question, markRead: true })).toBeNull();
    expect(await listDossierConversations({ viewer: staffB, dossierId, page: firstPage })).toBeNull();
    expect((await listOfficeConversations({ viewer: staffB, filter: "all", page: firstPage })).total).toBe(0);
    expect(await countOpenConversations(staffB)).toBe(0);
    expect(await rowCounts()).toEqual(before);
    expect(await database.db.select().from(messageReads).where(eq(messageReads.userId, staffB.userId))).toEqual([]);
  });

  it("hides a dossier's messages from a client who is not linked to it, and a co-client's own messages", async () => {
    const question = await clientWrites(client, "Alleen van mij");
    expect(await getMessage({ viewer: outsider, messageId: question })).toBeNull();
    expect(await listDossierConversations({ viewer: outsider, dossierId, page: firstPage })).toBeNull();
    await expect(
      database.db.transaction((tx) => sendMessage(tx, { viewer: outsider, ip: null, dossierId, subject: "x", body: "x" })),
    ).rejects.toMatchObject({ code: "errors.not_found" });
    await expect(
      database.db.transaction((tx) => sendMessage(tx, { viewer: outsider, ip: null, replyToId: question, subject: "x", body: "x" })),
    ).rejects.toMatchObject({ code: "errors.not_found" });
    expect(await getMessage({ viewer: outsider, messageId: question, markRead: true })).toBeNull();
    expect(await database.db.select().from(messageReads).where(eq(messageReads.userId, outsider.userId))).toEqual([]);

    expect(await getMessage({ viewer: coClient, messageId: question })).toBeNull();
    const coList = await listDossierConversations({ viewer: coClient, dossierId, page: firstPage });
    expect(coList!.items.map((c) => c.id)).not.toContain(question);
    expect(coList!.items.some((c) => c.lastMessage.direction === "incoming")).toBe(true);
    expect((await listDossierConversations({ viewer: outsider, dossierId: otherDossierId, page: firstPage }))!.total).toBe(0);
  });

  it("refuses signed-out visitors, and a client outside their dossiers, writing nothing", async () => {
    const question = await clientWrites(client, "Mag ik dit?");
    const before = await rowCounts();
    const reply = await actAs(officeA, null, () => replyToMessageAction({ messageId: question, subject: "Re: x", body: "x" }));
    const send = await actAs(officeA, null, () => sendMessageAction({ dossierId, subject: "x", body: "x" }));
    for (const result of [reply, send]) expect(result).toEqual({ ok: false, code: "errors.signed_out" });
    const unlinked = (await createDossier(database.db, officeA.id)).id;
    expect(await actAs(officeA, client, () => sendMessageAction({ dossierId: unlinked, subject: "x", body: "x" }))).toEqual({
      ok: false,
      code: "errors.not_found",
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("treats malformed ids as not found", async () => {
    expect(await getMessage({ viewer: staffA, messageId: "../etc" })).toBeNull();
    expect(await listDossierConversations({ viewer: staffA, dossierId: "nope", page: firstPage })).toBeNull();
    expect(await getMessage({ viewer: staffA, messageId: "1", markRead: true })).toBeNull();
  });
});
