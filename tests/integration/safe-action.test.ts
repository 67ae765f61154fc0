// The guarded wrapper itself: role checks, parsing, UserError codes and the audit of refused calls.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { auditEvents } from "@/db/schema";
import { clientAction, publicAction, staffAction, adminAction, UserError } from "@/lib/safe-action";
import { actAs, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let office: TestOffice;
let client: TestUser;
let staff: TestUser;
let admin: TestUser;

const echo = z.object({ name: z.string().trim().min(1, "errors.required") });
const actions = {
  public: publicAction(echo, async ({ name }) => name),
  client: clientAction(echo, async ({ name }, { viewer }) => `${name}:${viewer.role}`),
  staff: staffAction(echo, async ({ name }, { viewer }) => `${name}:${viewer.role}`),
  admin: adminAction(echo, async ({ name }, { viewer }) => `${name}:${viewer.role}`),
  failing: staffAction(echo, async () => {
    throw new UserError("errors.not_found");
  }),
};

beforeAll(async () => {
  database = await createTestDatabase();
  configureProcess({}, database);
  office = await createOffice(database.db);
  [client, staff, admin] = await Promise.all([
    createUser(database.db, office.id, "client"),
    createUser(database.db, office.id, "staff"),
    createUser(database.db, office.id, "admin"),
  ]);
});
afterAll(async () => {
  await database?.close();
});

describe("guarded server actions", () => {
  it("let each role through only where allowed", async () => {
    const matrix = [
      [null, { public: true, client: false, staff: false, admin: false }],
      [client, { public: true, client: true, staff: false, admin: false }],
      [staff, { public: true, client: false, staff: true, admin: false }],
      [admin, { public: true, client: false, staff: true, admin: true }],
    ] as const;
    for (const [viewer, expected] of matrix) {
      for (const guard of ["public", "client", "staff", "admin"] as const) {
        const result = await actAs(office, viewer, () => actions[guard]({ name: "x" }));
        expect(result.ok, `${viewer?.role ?? "anon"} → ${guard}`).toBe(expected[guard]);
        if (!result.ok) expect(result.code).toBe(viewer ? "errors.not_found" : "errors.signed_out");
      }
    }
  });

  it("records refused calls by signed-in users in the audit log", async () => {
    await actAs(office, client, () => actions.staff({ name: "x" }));
    const events = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, client.userId), eq(auditEvents.action, "auth.forbidden_action")));
    expect(events.length).toBeGreaterThan(0);
    expect(events[0]).toMatchObject({ officeId: office.id, ip: "192.0.2.1" });
  });

  it("parse input from objects and FormData, with field errors as message keys", async () => {
    const form = new FormData();
    form.set("name", "  Anna ");
    expect(await actAs(office, staff, () => actions.staff(form))).toEqual({ ok: true, data: "Anna:staff" });
    expect(await actAs(office, staff, () => actions.staff({ name: " " }))).toEqual({
      ok: false,
      code: "errors.invalid_input",
      fieldErrors: { name: "errors.required" },
    });
  });

  it("turn a UserError into its code", async () => {
    expect(await actAs(office, staff, () => actions.failing({ name: "x" }))).toEqual({ ok: false, code: "errors.not_found" });
  });
});
