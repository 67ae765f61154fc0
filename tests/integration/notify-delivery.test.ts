import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { offices, outbox } from "@/db/schema";
import pino from "pino";
import { deliverPending } from "@/lib/notify/deliver";
import type { NotifyConfig } from "@/lib/notify/drivers";
import { sendEmail, sendSms } from "@/lib/notify/outbox";
import { startFakeProviderServer, type FakeProviderServer } from "../support/fake-provider-server";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const office = { name: "Notariskantoor Jansen", contactPhone: "020 123 4567", contactEmail: null };
const link = "https://portal.jansen.test/set-password";

let database: TestDatabase;
let provider: FakeProviderServer;
let officeId: string;
let config: NotifyConfig;

beforeAll(async () => {
  [database, provider] = await Promise.all([createTestDatabase(), startFakeProviderServer()]);
  const [row] = await database.db.insert(offices).values({ slug: "jansen", name: office.name }).returning();
  officeId = row!.id;
  config = {
    email: { driver: "resend", from: "Jansen <portaal@jansen.test>", apiKey: "re_test_key_123", baseUrl: provider.url },
    sms: { driver: "vonage", from: "Jansen", apiKey: "vonage-key", apiSecret: "vonage-secret-xyz", restHost: provider.url },
  };
});
afterAll(async () => {
  await Promise.all([database?.close(), provider?.close()]);
});
beforeEach(async () => {
  provider.reset();
  await database.db.delete(outbox);
});

function queueInvitation(to = "anna@example.test", locale: "nl" | "en" = "en") {
  return sendEmail(database.db, { officeId, to, locale, template: "invitation", data: { name: "Anna", link }, office });
}

async function queueSmsRow(text: string, recipient = "+31612345678") {
  // Inserted as sendSms would: the driver sends whatever text was rendered at queue time.
  const [row] = await database.db
    .insert(outbox)
    .values({ officeId, channel: "sms", recipient, template: "login_code", locale: "nl", data: { text } })
    .returning({ id: outbox.id });
  return row!.id;
}

async function rowById(id: string) {
  const [row] = await database.db.select().from(outbox).where(eq(outbox.id, id));
  return row!;
}

describe("Resend driver", () => {
  it("posts the rendered e-mail with key and idempotency key, and records the provider id", async () => {
    const id = await queueInvitation();
    const stored = await rowById(id);
    expect(await deliverPending(database.db, { config })).toEqual({ sent: 1, failed: 0, dropped: 0 });

    expect(provider.requests).toHaveLength(1);
    const request = provider.requests[0]!;
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/emails");
    expect(request.headers.authorization).toBe("Bearer re_test_key_123");
    expect(request.headers["idempotency-key"]).toBe(id);
    expect(request.body).toEqual({
      from: "Jansen <portaal@jansen.test>",
      to: "anna@example.test",
      subject: stored.data.subject,
      text: stored.data.text,
      html: stored.data.html,
    });

    const row = await rowById(id);
    expect(row.status).toBe("sent");
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.providerId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("leaves the row pending with one attempt, an error without the key, and retries about a minute later", async () => {
    const id = await queueInvitation();
    provider.failing = true;
    // A moment after the insert: rows carry microseconds, a JS Date only milliseconds.
    const now = new Date(Date.now() + 1_000);
    expect(await deliverPending(database.db, { config, now })).toEqual({ sent: 0, failed: 1, dropped: 0 });

    let row = await rowById(id);
    expect(row.status).toBe("pending");
    expect(row.attempts).toBe(1);
    expect(row.error).toContain("validation_error");
    expect(row.error).not.toContain("re_test_key_123");
    // One minute, give or take the 20 % jitter.
    expect(row.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(now.getTime() + 48_000);
    expect(row.nextAttemptAt.getTime()).toBeLessThanOrEqual(now.getTime() + 72_001);

    provider.failing = false;
    expect(await deliverPending(database.db, { config, now })).toEqual({ sent: 0, failed: 0, dropped: 0 });
    expect(provider.requests).toHaveLength(1);

    const later = new Date(now.getTime() + 73_000);
    expect(await deliverPending(database.db, { config, now: later })).toEqual({ sent: 1, failed: 0, dropped: 0 });
    row = await rowById(id);
    expect(row.status).toBe("sent");
    expect(row.attempts).toBe(1);
    expect(row.error).toBeNull();
    // Same idempotency key on the retry, so a lost first response cannot produce a second e-mail.
    expect(provider.requests.map((r) => r.headers["idempotency-key"])).toEqual([id, id]);
  });

  it("gives up after the eighth failed try: the row is failed, with its last error, and no longer tried", async () => {
    const id = await queueInvitation("nooit@example.test");
    provider.failing = true;
    // One structured log line per attempt: ids and outcomes, never the recipient.
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
    let now = new Date(Date.now() + 1_000);
    for (let attempt = 1; attempt <= 8; attempt++) {
      expect(await deliverPending(database.db, { config, now, logger }), `attempt ${attempt}`).toEqual({ sent: 0, failed: 1, dropped: 0 });
      now = new Date((await rowById(id)).nextAttemptAt.getTime() + 1_000);
    }
    const row = await rowById(id);
    expect(row).toMatchObject({ status: "failed", attempts: 8 });
    expect(lines.map((line) => [line.outboxId, line.attempt, line.outcome])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((attempt) => [id, attempt, attempt === 8 ? "failed" : "retry"]),
    );
    expect(JSON.stringify(lines)).not.toContain("nooit@example.test");
    expect(row.error).toContain("validation_error");
    provider.failing = false;
    expect(await deliverPending(database.db, { config, now: new Date(now.getTime() + 86_400_000) })).toEqual({
      sent: 0,
      failed: 0,
      dropped: 0,
    });
    expect(provider.requests.filter((r) => (r.body as { to?: string }).to === "nooit@example.test")).toHaveLength(8);
  });

  it("sends each row once when two runs overlap", async () => {
    const ids = await Promise.all([1, 2, 3].map((n) => queueInvitation(`client${n}@example.test`)));
    const results = await Promise.all([deliverPending(database.db, { config }), deliverPending(database.db, { config })]);
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(3);
    expect(provider.requests.map((r) => r.headers["idempotency-key"]).sort()).toEqual([...ids].sort());
  });
});

describe("Vonage driver", () => {
  it("posts to, from and text with the API key, and records the message id", async () => {
    const id = await queueSmsRow("Uw code is 123456");
    expect(await deliverPending(database.db, { config })).toEqual({ sent: 1, failed: 0, dropped: 0 });

    expect(provider.requests).toHaveLength(1);
    const request = provider.requests[0]!;
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/sms/json");
    expect(request.body).toMatchObject({ to: "31612345678", from: "Jansen", text: "Uw code is 123456" });
    expect(request.body).not.toHaveProperty("type");
    // SDK 3.x sends key and secret as HTTP Basic auth, not as api_key/api_secret body fields.
    const [scheme, encoded] = (request.headers.authorization ?? "").split(" ");
    expect(scheme).toBe("Basic");
    expect(Buffer.from(encoded ?? "", "base64").toString()).toBe("vonage-key:vonage-secret-xyz");

    const row = await rowById(id);
    expect(row.status).toBe("sent");
    expect(row.providerId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("asks for unicode only when the text is not GSM-7", async () => {
    await queueSmsRow("Code 123456 voor Łódź");
    expect(await deliverPending(database.db, { config })).toEqual({ sent: 1, failed: 0, dropped: 0 });
    expect(provider.requests[0]!.body).toMatchObject({ type: "unicode" });
  });

  it("leaves the row pending with an error when the message status is not 0", async () => {
    const id = await queueSmsRow("Uw code is 123456");
    provider.failing = true;
    expect(await deliverPending(database.db, { config })).toEqual({ sent: 0, failed: 1, dropped: 0 });
    const row = await rowById(id);
    expect(row.status).toBe("pending");
    expect(row.attempts).toBe(1);
    expect(row.error).toContain("Bad Credentials");
    expect(row.error).not.toContain("vonage-secret-xyz");
  });

  it("delivers a queued login code SMS", async () => {
    const id = await sendSms(database.db, {
      officeId,
      to: "+31612345678",
      locale: "en",
      template: "login_code",
      data: { code: "482913", office: office.name },
    });
    expect(await deliverPending(database.db, { config })).toEqual({ sent: 1, failed: 0, dropped: 0 });
    expect((provider.requests[0]!.body as { text: string }).text).toContain("482913");
    expect((await rowById(id)).status).toBe("sent");
  });
});
