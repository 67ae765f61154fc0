// The conversations' index (db/schema.ts `conversations`, kept by the trigger of db/migrations/0008): one row per
// conversation that the lists page through. Whatever writes messages, in whatever order, the row must say what
// grouping the messages says; the lists built on it must keep their order, filters and scopes.
import { desc, eq, sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conversations, messages } from "@/db/schema";
import type { Viewer } from "@/lib/core/viewer";
import { countOpenConversations, listDossierConversations, listOfficeConversations } from "@/lib/messages/conversations";
import { pageRequest } from "@/lib/pagination";
import { rowsOf } from "../support/rows";
import { createDossier, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let office: TestOffice;
let staff: TestUser<"staff">;
let client: TestUser<"client">;
let dossierId: string;

const BASE = Date.UTC(2026, 5, 1, 9);
const at = (minutes: number) => new Date(BASE + minutes * 60_000);

/** Writes a message straight into the table (as seeds and imports do), at a chosen time. */
async function write(author: Viewer, subject: string, minutes: number, threadId?: string): Promise<string> {
  const id = crypto.randomUUID();
  await database.db.insert(messages).values({
    id,
    officeId: office.id,
    dossierId,
    authorId: author.userId,
    subject,
    body: "Tekst",
    threadId: threadId ?? id,
    replyToId: threadId ?? null,
    audience: "dossier",
    createdAt: at(minutes),
  });
  return id;
}

async function stored(threadId: string) {
  const [row] = await database.db
    .select({
      lastMessageAt: conversations.lastMessageAt,
      lastByClient: conversations.lastByClient,
      withClient: conversations.withClient,
      dossierId: conversations.dossierId,
    })
    .from(conversations)
    .where(eq(conversations.threadId, threadId));
  return row;
}

type IndexRow = { thread_id: string; last_at: string; by_client: boolean; with_client: boolean };

/** The same three facts computed from the messages, as the lists did before the index. */
async function grouped() {
  return rowsOf<IndexRow>(
    database.db,
    sql`
    select m.thread_id, max(m.created_at)::text as last_at,
      coalesce(max(m.created_at) filter (where u.role = 'client') = max(m.created_at), false) as by_client,
      bool_or(u.role = 'client') as with_client
    from messages m join users u on u.id = m.author_id group by m.thread_id order by m.thread_id`,
  );
}

async function index() {
  return rowsOf<IndexRow>(
    database.db,
    sql`
    select thread_id, last_message_at::text as last_at, last_by_client as by_client, with_client
    from conversations order by thread_id`,
  );
}

beforeAll(async () => {
  database = await createTestDatabase();
  configureProcess({}, database);
  office = await createOffice(database.db);
  [staff, client] = await Promise.all([createUser(database.db, office.id, "staff"), createUser(database.db, office.id, "client")]);
  dossierId = (await createDossier(database.db, office.id, [client.userId])).id;
});
afterAll(async () => {
  await database?.close();
});

describe("the conversations' index", () => {
  it("follows each message: open after a client's, answered after the office's", async () => {
    const thread = await write(client, "Vraag", 0);
    expect(await stored(thread)).toEqual({ lastMessageAt: at(0), lastByClient: true, withClient: true, dossierId });
    await write(staff, "Re: Vraag", 5, thread);
    expect(await stored(thread)).toEqual({ lastMessageAt: at(5), lastByClient: false, withClient: true, dossierId });
    await write(client, "Re: Vraag", 9, thread);
    expect(await stored(thread)).toMatchObject({ lastMessageAt: at(9), lastByClient: true });
  });

  it("keeps the newest message when an older one arrives later, and counts a tie as the client's", async () => {
    const thread = await write(staff, "Bericht van kantoor", 20);
    expect(await stored(thread)).toMatchObject({ lastByClient: false, withClient: false });
    await write(staff, "Re", 30, thread);
    await write(client, "Re", 25, thread); // older than the newest: the office still wrote last
    expect(await stored(thread)).toEqual({ lastMessageAt: at(30), lastByClient: false, withClient: true, dossierId });
    await write(client, "Re", 30, thread); // the same time as the office's newest
    expect(await stored(thread)).toMatchObject({ lastMessageAt: at(30), lastByClient: true });
  });

  it("is computed again from the messages left when a reply is deleted, and goes with its first message", async () => {
    const thread = await write(client, "Nog een vraag", 40);
    const reply = await write(staff, "Re", 45, thread);
    await database.db.delete(messages).where(eq(messages.id, reply));
    expect(await stored(thread)).toEqual({ lastMessageAt: at(40), lastByClient: true, withClient: true, dossierId });
    await database.db.delete(messages).where(eq(messages.id, thread));
    expect(await stored(thread)).toBeUndefined();
  });

  it("says what grouping the messages says, for every conversation", async () => {
    expect(await index()).toEqual(await grouped());
  });

  it("gives the lists their order, filters and number", async () => {
    const dossierPage = await listDossierConversations({ viewer: client, dossierId, page: pageRequest(undefined) });
    const groupedRows = (await grouped()).sort((a, b) =>
      a.last_at === b.last_at ? b.thread_id.localeCompare(a.thread_id) : b.last_at.localeCompare(a.last_at),
    );
    expect(dossierPage?.items.map((item) => item.id)).toEqual(groupedRows.map((row) => row.thread_id));
    expect(dossierPage?.total).toBe(groupedRows.length);
    const open = groupedRows.filter((row) => row.by_client).map((row) => row.thread_id);
    const answered = groupedRows.filter((row) => !row.by_client && row.with_client).map((row) => row.thread_id);
    const inbox = (filter: "open" | "answered" | "all") => listOfficeConversations({ viewer: staff, filter, page: pageRequest(undefined) });
    expect((await inbox("open")).items.map((item) => item.id)).toEqual(open);
    expect((await inbox("answered")).items.map((item) => item.id)).toEqual(answered);
    expect((await inbox("all")).total).toBe(open.length + answered.length);
    expect(await countOpenConversations(staff)).toBe(open.length);
  });

  it("has an index that gives a page in the lists' order without sorting (per office and per dossier)", async () => {
    const plan = async (where: SQL) => {
      const query = database.db
        .select({ id: conversations.threadId })
        .from(conversations)
        .where(where)
        .orderBy(desc(conversations.lastMessageAt), desc(conversations.threadId))
        .limit(25);
      // A few rows make scanning and sorting them cheapest: both made dear here (a sort stays possible), so that
      // the plan shows whether the index gives the order.
      return database.db.transaction(async (tx) => {
        await tx.execute(sql`set local enable_seqscan = off`);
        await tx.execute(sql`set local enable_bitmapscan = off`);
        await tx.execute(sql`set local enable_sort = off`);
        const rows = await rowsOf<{ "QUERY PLAN": string }>(tx as never, sql`explain ${query.getSQL()}`);
        return rows.map((row) => row["QUERY PLAN"]).join("\n");
      });
    };
    const byOffice = await plan(eq(conversations.officeId, office.id));
    expect(byOffice).toContain("conversations_office_last_idx");
    expect(byOffice).not.toMatch(/Sort/);
    const byDossier = await plan(eq(conversations.dossierId, dossierId));
    expect(byDossier).toContain("conversations_dossier_last_idx");
    expect(byDossier).not.toMatch(/Sort/);
  });
});
