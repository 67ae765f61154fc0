// Sending limits (issue 11, Low): at most MESSAGES_PER_HOUR.client messages per client and .staff per staff
// member in any rolling hour, refused with `messages.too_many` before anything is written; a repeated send of
// the same compose form is the same message and never counts twice; sends racing each other cannot both slip
// under the limit.
import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messages, outbox } from "@/db/schema";
import { replyToMessageAction, sendMessageAction } from "@/lib/messages/actions";
import { MESSAGES_PER_HOUR } from "@/lib/messages/limits";
import { actAs, createDossier, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { messageInsert } from "../support/rows";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let office: TestOffice;
let staff: TestUser<"staff">;
let dossierId: string;

const TOO_MANY = { ok: false, code: "messages.too_many" };

/** `n` messages by `author`, written `minutesAgo` minutes ago, straight into the table. */
async function earlierMessages(author: TestUser, n: number, minutesAgo: number) {
  if (n === 0) return;
  const createdAt = new Date(Date.now() - minutesAgo * 60_000);
  await database.db
    .insert(messages)
    .values(
      Array.from({ length: n }, (_, i) =>
        messageInsert({ officeId: office.id, dossierId, authorId: author.userId, subject: `Eerder ${i}`, body: "x", createdAt }),
      ),
    );
}

async function messageCount(author: TestUser): Promise<number> {
  const [row] = await database.db.select({ n: count() }).from(messages).where(eq(messages.authorId, author.userId));
  return row!.n;
}

async function newClient(): Promise<TestUser> {
  const client = await createUser(database.db, office.id, "client");
  dossierId = (await createDossier(database.db, office.id, [client.userId])).id;
  return client;
}

beforeAll(async () => {
  database = await createTestDatabase();
  configureProcess({}, database);
  office = await createOffice(database.db);
  staff = await createUser(database.db, office.id, "staff");
});
afterAll(async () => {
  await database?.close();
});

describe("messages per hour", () => {
  it(`a client: the ${MESSAGES_PER_HOUR.client}th in an hour goes, the next is refused with nothing written; older ones do not count`, async () => {
    const client = await newClient();
    await earlierMessages(client, 30, 61);
    await earlierMessages(client, MESSAGES_PER_HOUR.client - 1, 30);
    const send = () => actAs(office, client, () => sendMessageAction({ dossierId, subject: "Vraag", body: "Nog een vraag." }));
    expect((await send()).ok).toBe(true);
    const before = await messageCount(client);
    expect(await send()).toEqual(TOO_MANY);
    // An answer counts the same.
    const [office_message] = await database.db
      .insert(messages)
      .values(messageInsert({ officeId: office.id, dossierId, authorId: staff.userId, subject: "Van het kantoor", body: "x" }))
      .returning({ id: messages.id });
    expect(await actAs(office, client, () => replyToMessageAction({ messageId: office_message!.id, subject: "Re: x", body: "x" }))).toEqual(
      TOO_MANY,
    );
    expect(await messageCount(client)).toBe(before);
  });

  it("a repeated send of a message already sent returns it even at the limit, and never counts twice", async () => {
    const client = await newClient();
    await earlierMessages(client, MESSAGES_PER_HOUR.client - 2, 5);
    const composeKey = randomUUID();
    const input = { dossierId, subject: "Eenmaal", body: "Dubbel geklikt.", composeKey };
    const first = await actAs(office, client, () => sendMessageAction(input));
    expect(first.ok).toBe(true);
    const again = await actAs(office, client, () => sendMessageAction(input));
    expect(again).toEqual(first);
    // The retry did not count: one more new message still fits, then the limit is reached.
    expect((await actAs(office, client, () => sendMessageAction({ dossierId, subject: "Laatste", body: "x" }))).ok).toBe(true);
    expect(await actAs(office, client, () => sendMessageAction(input))).toEqual(first);
    expect(await actAs(office, client, () => sendMessageAction({ dossierId, subject: "Te veel", body: "x" }))).toEqual(TOO_MANY);
  });

  it("sends racing each other: exactly as many as fit go through", async () => {
    const client = await newClient();
    await earlierMessages(client, MESSAGES_PER_HOUR.client - 2, 10);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        actAs(office, client, () => sendMessageAction({ dossierId, subject: `Tegelijk ${i}`, body: "x" })),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(2);
    expect(results.filter((result) => !result.ok)).toEqual(Array.from({ length: 4 }, () => TOO_MANY));
    expect(await messageCount(client)).toBe(MESSAGES_PER_HOUR.client);
  });

  it(`a staff member: ${MESSAGES_PER_HOUR.staff} an hour; refused without a notice, and a colleague or client is not held back`, async () => {
    const client = await newClient();
    const busy = await createUser(database.db, office.id, "staff");
    await earlierMessages(busy, MESSAGES_PER_HOUR.staff - 1, 20);
    const send = (viewer: TestUser) => actAs(office, viewer, () => sendMessageAction({ dossierId, subject: "Bericht", body: "x" }));
    expect((await send(busy)).ok).toBe(true);
    await database.db.delete(outbox);
    expect(await send(busy)).toEqual(TOO_MANY);
    expect(await database.db.select().from(outbox)).toEqual([]);
    expect((await send(staff)).ok).toBe(true);
    expect((await actAs(office, client, () => sendMessageAction({ dossierId, subject: "Vraag", body: "x" }))).ok).toBe(true);
  });
});
