// Office settings as admin actions against a real database: what is saved, what is refused (and then nothing
// changes), who may call them, and that an admin only ever changes their own office.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditEvents, offices, type FaqEntry } from "@/db/schema";
import { DEFAULT_FAQ, defaultFaq } from "@/lib/seed/faq";
import {
  completeLogoUploadAction,
  removeLogoAction,
  requestLogoUploadAction,
  updateOfficeDetailsAction,
  updateOfficeFaqAction,
} from "@/lib/offices/actions";
import { officeFaqSchema } from "@/lib/offices/schema";
import type { ActionResult } from "@/lib/core/errors";
import { getOfficeSettings } from "@/lib/offices/settings";
import { actAs, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let office: TestOffice;
let otherOffice: TestOffice;
let admin: TestUser<"admin">;
let staff: TestUser<"staff">;
let client: TestUser<"client">;
let otherAdmin: TestUser<"admin">;

const details = {
  name: "Notariaat De Vries",
  contactPhone: "(030) 234 5678",
  contactEmail: "Balie@DeVries.nl",
  brandColor: "#0F766E",
  hostnames: "portaal.devries.nl\nDeVries.example.nl\n",
};

async function officeRow(id = office.id) {
  const [row] = await database.db.select().from(offices).where(eq(offices.id, id));
  return row!;
}

async function updateEvents(officeId = office.id) {
  return database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.officeId, officeId), eq(auditEvents.action, "office.update")));
}

beforeAll(async () => {
  database = await createTestDatabase();
  configureProcess({}, database);
  [office, otherOffice] = await Promise.all([createOffice(database.db), createOffice(database.db)]);
  [admin, staff, client, otherAdmin] = await Promise.all([
    createUser(database.db, office.id, "admin"),
    createUser(database.db, office.id, "staff"),
    createUser(database.db, office.id, "client"),
    createUser(database.db, otherOffice.id, "admin"),
  ]);
});
afterAll(async () => {
  await database?.close();
});
beforeEach(async () => {
  await database.db
    .update(offices)
    .set({ name: "Kantoor A", contactPhone: null, contactEmail: null, brandColor: "#1d4ed8", hostnames: [], faq: defaultFaq() })
    .where(eq(offices.id, office.id));
  await database.db
    .update(offices)
    .set({ hostnames: ["portaal.kantoor-b.nl"] })
    .where(eq(offices.id, otherOffice.id));
});

describe("office details", () => {
  it("saves name, contact, colour and host names normalised, with one audit event naming the changed fields", async () => {
    const before = (await updateEvents()).length;
    const result = await actAs(office, admin, () => updateOfficeDetailsAction(details));
    expect(result).toEqual({
      ok: true,
      data: { changed: ["name", "contactPhone", "contactEmail", "brandColor", "hostnames"] },
    });
    expect(await officeRow()).toMatchObject({
      name: "Notariaat De Vries",
      contactPhone: "(030) 234 5678",
      contactEmail: "balie@devries.nl",
      brandColor: "#0f766e",
      hostnames: ["portaal.devries.nl", "devries.example.nl"],
    });
    const events = await updateEvents();
    expect(events).toHaveLength(before + 1);
    const event = events.find((e) => e.actorId === admin.userId)!;
    expect(event).toMatchObject({ subjectType: "office", subjectId: office.id, ip: "192.0.2.1" });
    expect(event.data).toEqual({ fields: ["name", "contactPhone", "contactEmail", "brandColor", "hostnames"] });
  });

  it("writes nothing, not even an audit event, when nothing changed", async () => {
    await actAs(office, admin, () => updateOfficeDetailsAction({ ...details, contactPhone: "", contactEmail: "" }));
    const before = (await updateEvents()).length;
    const again = await actAs(office, admin, () => updateOfficeDetailsAction({ ...details, contactPhone: "", contactEmail: "" }));
    expect(again).toEqual({ ok: true, data: { changed: [] } });
    expect(await updateEvents()).toHaveLength(before);
    expect(await officeRow()).toMatchObject({ contactPhone: null, contactEmail: null });
  });

  it.each([
    ["brandColor", { brandColor: "blue" }, "admin_settings.colour_invalid"],
    ["brandColor", { brandColor: "#1d4ed" }, "admin_settings.colour_invalid"],
    ["brandColor", { brandColor: "#ffff00" }, "admin_settings.colour_contrast"],
    ["brandColor", { brandColor: "#777777" }, "admin_settings.colour_contrast"],
    ["hostnames", { hostnames: "https://portaal.devries.nl" }, "admin_settings.hostname_invalid"],
    ["hostnames", { hostnames: "portaal.devries.nl/login" }, "admin_settings.hostname_invalid"],
    ["hostnames", { hostnames: "-portaal.nl" }, "admin_settings.hostname_invalid"],
    ["hostnames", { hostnames: "portaal.devries.nl\nPORTAAL.devries.nl" }, "admin_settings.hostname_duplicate"],
    ["hostnames", { hostnames: Array.from({ length: 11 }, (_, i) => `h${i}.nl`).join("\n") }, "admin_settings.hostnames_too_many"],
    ["contactPhone", { contactPhone: "12" }, "admin_settings.phone_invalid"],
    ["contactEmail", { contactEmail: "balie@" }, "errors.invalid_email"],
    ["name", { name: "  " }, "errors.required"],
    ["name", { name: "x".repeat(201) }, "errors.too_long"],
  ])("refuses a bad %s (%j) with a field error and changes nothing", async (field, bad, code) => {
    const before = await officeRow();
    const events = (await updateEvents()).length;
    const result = await actAs(office, admin, () => updateOfficeDetailsAction({ ...details, ...bad }));
    expect(result).toEqual({ ok: false, code: "errors.invalid_input", fieldErrors: { [field]: code } });
    expect(await officeRow()).toEqual(before);
    expect(await updateEvents()).toHaveLength(events);
  });

  it("refuses a host name another office uses, and changes nothing", async () => {
    const before = await officeRow();
    const result = await actAs(office, admin, () =>
      updateOfficeDetailsAction({ ...details, hostnames: "portaal.devries.nl\nportaal.kantoor-b.nl" }),
    );
    expect(result).toEqual({
      ok: false,
      code: "admin_settings.hostname_taken",
      fieldErrors: { hostnames: "admin_settings.hostname_taken" },
    });
    expect(await officeRow()).toEqual(before);
  });

  it("lets an office keep its own host names", async () => {
    const result = await actAs(otherOffice, otherAdmin, () =>
      updateOfficeDetailsAction({ ...details, name: "Kantoor B", hostnames: "portaal.kantoor-b.nl" }),
    );
    expect(result.ok).toBe(true);
    expect((await officeRow(otherOffice.id)).hostnames).toEqual(["portaal.kantoor-b.nl"]);
  });
});

describe("FAQ", () => {
  const entry = (text: string): FaqEntry => ({
    question: { nl: `Vraag ${text}?`, en: `Question ${text}?` },
    answer: { nl: `Antwoord ${text}.`, en: `Answer ${text}.` },
  });

  it("the default FAQ (from the manual, docs/client-manual.md M-FAQ) passes the editor's own checks", () => {
    expect(DEFAULT_FAQ).toHaveLength(10);
    expect(officeFaqSchema.safeParse({ faq: DEFAULT_FAQ }).success).toBe(true);
    for (const item of DEFAULT_FAQ) expect(JSON.stringify(item)).not.toMatch(/076|nextnotaris|https?:/);
  });

  it("saves a reordered, edited list with an audit event", async () => {
    const faq = [entry("twee"), { ...entry("een"), answer: { nl: "  Nieuw antwoord. ", en: "New answer." } }];
    const result = await actAs(office, admin, () => updateOfficeFaqAction({ faq }));
    expect(result).toEqual({ ok: true, data: { changed: ["faq"] } });
    expect((await officeRow()).faq).toEqual([entry("twee"), { ...entry("een"), answer: { nl: "Nieuw antwoord.", en: "New answer." } }]);
    expect((await updateEvents()).at(-1)!.data).toEqual({ fields: ["faq"] });
  });

  it("accepts an empty list and sees no change when the same list is saved again", async () => {
    expect(await actAs(office, admin, () => updateOfficeFaqAction({ faq: [] }))).toEqual({ ok: true, data: { changed: ["faq"] } });
    expect(await actAs(office, admin, () => updateOfficeFaqAction({ faq: [] }))).toEqual({ ok: true, data: { changed: [] } });
    await actAs(office, admin, () => updateOfficeFaqAction({ faq: defaultFaq() }));
    // jsonb gives keys back in its own order: still no change.
    expect(await actAs(office, admin, () => updateOfficeFaqAction({ faq: defaultFaq() }))).toEqual({ ok: true, data: { changed: [] } });
  });

  it.each([
    ["faq.1.answer.en", [entry("een"), { ...entry("twee"), answer: { nl: "ok", en: "x".repeat(4001) } }], "errors.too_long"],
    ["faq.0.question.nl", [{ ...entry("een"), question: { nl: "x".repeat(301), en: "q" } }], "errors.too_long"],
    ["faq.0.question.en", [{ ...entry("een"), question: { nl: "Vraag?", en: " " } }], "errors.required"],
    ["faq", Array.from({ length: 51 }, (_, i) => entry(String(i))), "admin_settings.faq_too_many"],
    ["faq", "not a list", "errors.invalid"],
  ])("refuses %s with a field error and changes nothing", async (field, faq, code) => {
    const before = await officeRow();
    const result = await actAs(office, admin, () => updateOfficeFaqAction({ faq } as never));
    expect(result).toEqual({ ok: false, code: "errors.invalid_input", fieldErrors: { [field]: code } });
    expect(await officeRow()).toEqual(before);
  });
});

describe("access", () => {
  const calls: Record<string, () => Promise<ActionResult<unknown>>> = {
    details: () => updateOfficeDetailsAction(details),
    faq: () => updateOfficeFaqAction({ faq: [] }),
    requestLogo: () => requestLogoUploadAction({ fileName: "logo.png", contentType: "image/png", size: 100 }),
    completeLogo: () => completeLogoUploadAction({ uploadId: crypto.randomUUID() }),
    removeLogo: () => removeLogoAction({}),
  };

  it.each(Object.keys(calls))("%s is refused to staff who are not admin, to clients and to signed-out visitors", async (name) => {
    const before = await officeRow();
    const call = calls[name]!;
    for (const viewer of [staff, client]) {
      expect(await actAs(office, viewer, call)).toEqual({ ok: false, code: "errors.not_found" });
    }
    expect(await actAs(office, null, call)).toEqual({ ok: false, code: "errors.signed_out" });
    expect(await officeRow()).toEqual(before);
  });

  it("an admin of office B only ever changes office B (the office comes from the session)", async () => {
    const before = await officeRow();
    const eventsOfB = (await updateEvents(otherOffice.id)).length;
    // Even with office A's id smuggled into the input, the change lands on B.
    const result = await actAs(otherOffice, otherAdmin, () =>
      updateOfficeDetailsAction({ ...details, name: "Kantoor B nieuw", hostnames: "", id: office.id } as never),
    );
    expect(result.ok).toBe(true);
    expect(await officeRow()).toEqual(before);
    expect((await officeRow(otherOffice.id)).name).toBe("Kantoor B nieuw");
    expect(await updateEvents(otherOffice.id)).toHaveLength(eventsOfB + 1);
  });

  it("the settings query shows the admin their own office and nobody else anything", async () => {
    expect(await getOfficeSettings({ viewer: admin })).toMatchObject({ name: "Kantoor A", faq: defaultFaq(), logo: null });
    expect((await getOfficeSettings({ viewer: otherAdmin }))?.name).not.toBe("Kantoor A");
  });
});
