// The guarded wrapper itself: role checks, parsing, UserError codes and the audit of refused calls.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { auditEvents } from "@/db/schema";
import { GUARDS, accountAction, adminAction, clientAction, memberAction, publicAction, staffAction } from "@/lib/safe-action";
import { UserError } from "@/lib/core/errors";
import { actAs, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let office: TestOffice;
let client: TestUser<"client">;
let staff: TestUser<"staff">;
let admin: TestUser<"admin">;

const echo = z.object({ name: z.string().trim().min(1, "errors.required") });
const actions = {
  public: publicAction(echo, async ({ name }) => name),
  client: clientAction(echo, async ({ name }, { viewer }) => `${name}:${viewer.role}`),
  staff: staffAction(echo, async ({ name }, { viewer }) => `${name}:${viewer.role}`),
  admin: adminAction(echo, async ({ name }, { viewer }) => `${name}:${viewer.role}`),
  account: accountAction(echo, async ({ name }, { viewer }) => `${name}:${viewer.role}`),
  member: memberAction(echo, async ({ name }, { viewer }) => `${name}:${viewer.role}`),
  notAKey: publicAction(z.object({ name: z.string().min(3, "Too short") }), async ({ name }) => name),
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
      [null, { public: true, account: false, member: false, client: false, staff: false, admin: false }],
      [client, { public: true, account: true, member: true, client: true, staff: false, admin: false }],
      [staff, { public: true, account: true, member: true, client: false, staff: true, admin: false }],
      [admin, { public: true, account: true, member: true, client: false, staff: true, admin: true }],
    ] as const;
    for (const [viewer, expected] of matrix) {
      for (const guard of GUARDS) {
        const result = await actAs(office, viewer, () => actions[guard]({ name: "x" }));
        expect(result.ok, `${viewer?.role ?? "anon"} → ${guard}`).toBe(expected[guard]);
        if (!result.ok) expect(result.code).toBe(viewer ? "errors.not_found" : "errors.signed_out");
      }
    }
  });

  it("let staff who must still set up 2-step verification reach only their own account", async () => {
    const strict = await createOffice(database.db, "Streng kantoor", { requireStaffTwoFactor: true });
    const [newcomer, newAdmin, ready, strictClient] = await Promise.all([
      createUser(database.db, strict.id, "staff"),
      createUser(database.db, strict.id, "admin"),
      createUser(database.db, strict.id, "admin", { twoFactorMethod: "totp", totpSecret: "x" }),
      createUser(database.db, strict.id, "client"),
    ]);
    expect([newcomer, newAdmin, ready, strictClient].map((user) => user.twoFactorSetupRequired)).toEqual([true, true, false, false]);
    for (const viewer of [newcomer, newAdmin]) {
      expect(await actAs(strict, viewer, () => actions.account({ name: "x" }))).toEqual({ ok: true, data: `x:${viewer.role}` });
      for (const guard of ["member", "staff", "admin"] as const) {
        expect(await actAs(strict, viewer, () => actions[guard]({ name: "x" }))).toEqual({ ok: false, code: "two_factor.setup_required" });
      }
    }
    expect(await actAs(strict, ready, () => actions.admin({ name: "x" }))).toEqual({ ok: true, data: "x:admin" });
    expect(await actAs(strict, strictClient, () => actions.client({ name: "x" }))).toEqual({ ok: true, data: "x:client" });
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

  it("answer a schema message that is not a key of the catalogue with a generic key", async () => {
    expect(await actAs(office, null, () => actions.notAKey({ name: "x" }))).toEqual({
      ok: false,
      code: "errors.invalid_input",
      fieldErrors: { name: "errors.invalid" },
    });
  });

  it("turn a UserError into its code", async () => {
    expect(await actAs(office, staff, () => actions.failing({ name: "x" }))).toEqual({ ok: false, code: "errors.not_found" });
  });
});
