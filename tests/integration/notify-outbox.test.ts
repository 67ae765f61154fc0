import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { offices, outbox } from "@/db/schema";
import type { NotifyConfig } from "@/lib/notify/drivers";
import { deliverPending } from "@/lib/notify/deliver";
import { listOutbox, sendEmail } from "@/lib/notify/outbox";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const outboxOnly: NotifyConfig = {
  email: { driver: "outbox", from: "Portaal <portal@localhost>" },
  sms: { driver: "outbox", from: "Portaal" },
};
const office = { name: "Notariskantoor Jansen", contactPhone: "020 123 4567", contactEmail: null };
const link = "https://portal.jansen.test/set-password";

let database: TestDatabase;
let officeId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  configureProcess({}, database);
  const [row] = await database.db.insert(offices).values({ slug: "jansen", name: office.name }).returning();
  officeId = row!.id;
});
afterAll(async () => {
  await database?.close();
});
beforeEach(async () => {
  await database.db.delete(outbox);
});

function invite(to: string, locale: "nl" | "en", name = "Anna") {
  return { officeId, to, locale, template: "invitation" as const, data: { name, link }, office };
}

describe("sendEmail", () => {
  it("adds nothing when the caller's transaction rolls back", async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await sendEmail(tx, invite("anna@example.test", "nl"));
        throw new Error("caller failed after queueing");
      }),
    ).rejects.toThrow("caller failed after queueing");
    expect(await database.db.select().from(outbox)).toHaveLength(0);
  });

  it("stores one rendered row per committed e-mail, in the recipient's language", async () => {
    const ids = await database.db.transaction(async (tx) => [
      await sendEmail(tx, invite("anna@example.test", "nl", "Anna")),
      await sendEmail(tx, invite("bob@example.test", "en", "Bob")),
    ]);
    const rows = await database.db.select().from(outbox);
    expect(rows).toHaveLength(2);
    const nl = rows.find((r) => r.id === ids[0])!;
    const en = rows.find((r) => r.id === ids[1])!;
    expect(nl).toMatchObject({ channel: "email", recipient: "anna@example.test", template: "invitation", locale: "nl" });
    expect(nl.status).toBe("pending");
    expect(nl.attempts).toBe(0);
    expect(nl.officeId).toBe(officeId);
    expect(nl.data.subject).toBe("Uw account voor het klantenportaal van Notariskantoor Jansen");
    expect(en.data.subject).toBe("Your account for the client portal of Notariskantoor Jansen");
    expect(nl.data.text).toContain("Beste Anna,");
    expect(en.data.text).toContain("Dear Bob,");
    expect(nl.data.text).toContain(link);
    expect(nl.data.html).toContain(`href="${link}"`);
  });

  it("rejects a recipient that is not an e-mail address before writing", async () => {
    await expect(sendEmail(database.db, invite("not-an-address", "nl"))).rejects.toThrow();
    expect(await database.db.select().from(outbox)).toHaveLength(0);
  });
});

describe("outbox driver", () => {
  it("marks due rows sent without a provider id, and leaves sent rows alone", async () => {
    const id = await sendEmail(database.db, invite("anna@example.test", "nl"));
    expect(await deliverPending(database.db, { config: outboxOnly })).toEqual({ sent: 1, failed: 0, dropped: 0 });
    const [row] = await database.db.select().from(outbox).where(eq(outbox.id, id));
    expect(row!.status).toBe("sent");
    expect(row!.sentAt).toBeInstanceOf(Date);
    expect(row!.providerId).toBeNull();
    expect(await deliverPending(database.db, { config: outboxOnly })).toEqual({ sent: 0, failed: 0, dropped: 0 });
  });
});

describe("listOutbox", () => {
  it("lists newest first with subject, text and links", async () => {
    const first = await sendEmail(database.db, invite("anna@example.test", "nl"));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await sendEmail(database.db, invite("bob@example.test", "en"));
    const entries = await listOutbox({ limit: 10 });
    expect(entries.map((e) => e.id)).toEqual([second, first]);
    expect(entries[0]).toMatchObject({
      channel: "email",
      recipient: "bob@example.test",
      subject: "Your account for the client portal of Notariskantoor Jansen",
      status: "pending",
      links: [link],
    });
    expect(entries[0]!.html).toContain("<html");
    expect(await listOutbox({ limit: 1 })).toHaveLength(1);
  });
});
