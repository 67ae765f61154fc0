// Mail that gave up after its last try: listed for the office's admins only, and queued again by "Opnieuw
// proberen" — never another office's row, never one that is not failed.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, outbox } from "@/db/schema";
import { retryDeliveryAction } from "@/lib/notify/actions";
import { listFailedDeliveries } from "@/lib/notify/failed";
import { pageRequest } from "@/lib/pagination";
import { actAs, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let office: TestOffice;
let otherOffice: TestOffice;
let admin: TestUser<"admin">;
let staff: TestUser<"staff">;
let otherAdmin: TestUser<"admin">;

async function row(officeId: string, status: "pending" | "sent" | "failed", recipient: string) {
  const [inserted] = await database.db
    .insert(outbox)
    .values({
      officeId,
      channel: "email",
      recipient,
      template: "invitation",
      locale: "nl",
      data: { subject: "Uitnodiging", text: "Welkom" },
      status,
      attempts: status === "failed" ? 8 : 0,
      error: status === "failed" ? "422 validation_error" : null,
    })
    .returning({ id: outbox.id });
  return inserted!.id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  configureProcess({}, database);
  [office, otherOffice] = await Promise.all([createOffice(database.db), createOffice(database.db)]);
  [admin, staff, otherAdmin] = await Promise.all([
    createUser(database.db, office.id, "admin"),
    createUser(database.db, office.id, "staff"),
    createUser(database.db, otherOffice.id, "admin"),
  ]);
});
afterAll(async () => {
  await database?.close();
});

describe("failed deliveries", () => {
  it("lists the office's failed rows for its admin only", async () => {
    const failed = await row(office.id, "failed", "weg@example.test");
    await row(office.id, "pending", "onderweg@example.test");
    await row(office.id, "sent", "aangekomen@example.test");
    const foreign = await row(otherOffice.id, "failed", "ander@example.test");

    const list = await listFailedDeliveries({ viewer: admin, page: pageRequest(undefined) });
    expect(list.items.map((item) => item.id)).toEqual([failed]);
    expect(list.items[0]).toMatchObject({
      recipient: "weg@example.test",
      attempts: 8,
      error: "422 validation_error",
      template: "invitation",
    });
    expect((await listFailedDeliveries({ viewer: otherAdmin, page: pageRequest(undefined) })).items.map((i) => i.id)).toEqual([foreign]);
  });

  it("Opnieuw proberen puts a failed row back in the queue, due now, with fresh tries and an audit event", async () => {
    const id = await row(office.id, "failed", "opnieuw@example.test");
    expect(await actAs(office, admin, () => retryDeliveryAction({ outboxId: id }))).toEqual({ ok: true, data: undefined });
    const [after] = await database.db.select().from(outbox).where(eq(outbox.id, id));
    expect(after).toMatchObject({ status: "pending", attempts: 0, error: null });
    expect(after!.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 1_000);
    const events = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "outbox.retry"), eq(auditEvents.subjectId, id)));
    expect(events).toHaveLength(1);
    // Retrying it again: it is no longer failed.
    expect(await actAs(office, admin, () => retryDeliveryAction({ outboxId: id }))).toEqual({ ok: false, code: "errors.not_found" });
  });

  it("refuses another office's row, a row that is not failed, staff and clients, changing nothing", async () => {
    const foreign = await row(otherOffice.id, "failed", "ander2@example.test");
    const sent = await row(office.id, "sent", "klaar@example.test");
    const failed = await row(office.id, "failed", "blijft@example.test");
    const client = await createUser(database.db, office.id, "client");
    expect(await actAs(office, admin, () => retryDeliveryAction({ outboxId: foreign }))).toEqual({ ok: false, code: "errors.not_found" });
    expect(await actAs(office, admin, () => retryDeliveryAction({ outboxId: sent }))).toEqual({ ok: false, code: "errors.not_found" });
    expect(await actAs(office, admin, () => retryDeliveryAction({ outboxId: "not-a-uuid" }))).toEqual({
      ok: false,
      code: "errors.not_found",
    });
    for (const viewer of [staff, client]) {
      expect(await actAs(office, viewer, () => retryDeliveryAction({ outboxId: failed }))).toEqual({ ok: false, code: "errors.not_found" });
    }
    const rows = await database.db.select({ id: outbox.id, status: outbox.status }).from(outbox);
    const status = new Map(rows.map((r) => [r.id, r.status]));
    expect([status.get(foreign), status.get(sent), status.get(failed)]).toEqual(["failed", "sent", "failed"]);
  });
});
