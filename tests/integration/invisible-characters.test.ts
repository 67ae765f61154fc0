// Invisible and direction characters (U+202E and friends) can make a title or file name read as something else
// for the other side; through the real actions, none reaches the database.
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dossiers, messages, uploads } from "@/db/schema";
import { createDossierAction } from "@/lib/dossiers/actions";
import { sendMessageAction } from "@/lib/messages/actions";
import { hasInvisibleCharacters } from "@/lib/core/text";
import { requestUploadAction } from "@/lib/uploads/actions";
import { actAs, createDossier, createOffice, createUser, type TestOffice, type TestUser } from "../support/fixtures";
import { configureProcess } from "../support/process-config";
import { startTestS3, storageEnv, type TestS3 } from "../support/s3-server";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let s3: TestS3;
let office: TestOffice;
let staff: TestUser<"staff">;
let client: TestUser<"client">;
let dossierId: string;

beforeAll(async () => {
  [database, s3] = await Promise.all([createTestDatabase(), startTestS3()]);
  configureProcess(storageEnv(s3), database);
  office = await createOffice(database.db);
  staff = await createUser(database.db, office.id, "staff");
  client = await createUser(database.db, office.id, "client");
  dossierId = (await createDossier(database.db, office.id, [client.userId])).id;
});
afterAll(async () => {
  await Promise.all([database?.close(), s3?.close()]);
});

describe("invisible and direction characters", () => {
  it("are removed from a dossier's title and reference", async () => {
    const result = await actAs(office, staff, () =>
      createDossierAction({
        reference: "\u200e2026-0900\u200f",
        title: "Akte \u202Efdp.exe\u2066 Dorpsstraat\u2069",
        clientIds: [client.userId],
      }),
    );
    if (!result.ok) throw new Error(result.code);
    const [row] = await database.db.select().from(dossiers).where(eq(dossiers.id, result.data.id));
    expect(row).toMatchObject({ reference: "2026-0900", title: "Akte fdp.exe Dorpsstraat" });
    expect(hasInvisibleCharacters(row!.title) || hasInvisibleCharacters(row!.reference)).toBe(false);
  });

  it("are removed from a message's subject", async () => {
    const result = await actAs(office, staff, () =>
      sendMessageAction({
        dossierId,
        subject: "\ufeffUw\u200b paspoort\u061c \u202Bgraag\u202C",
        body: "Wilt u uw paspoort sturen?",
      }),
    );
    if (!result.ok) throw new Error(result.code);
    const [row] = await database.db.select({ subject: messages.subject }).from(messages).where(eq(messages.id, result.data.id));
    expect(row!.subject).toBe("Uw paspoort graag");
  });

  it("make a file name invalid: nothing is stored, for staff and clients alike", async () => {
    const before = (await database.db.select({ n: count() }).from(uploads))[0]!.n;
    for (const fileName of ["scan\u200b.pdf", "factuur\u202Efdp.exe.pdf", "akte\ufeff2026.pdf", "rekening\u200d.pdf"]) {
      const file = { dossierId, fileName, contentType: "application/pdf", size: 1000 };
      expect(await actAs(office, staff, () => requestUploadAction(file))).toMatchObject({ ok: false, code: "files.name_invalid" });
      expect(await actAs(office, client, () => requestUploadAction(file))).toMatchObject({ ok: false, code: "files.name_invalid" });
    }
    expect((await database.db.select({ n: count() }).from(uploads))[0]!.n).toBe(before);
    // The same name without them is accepted, so the refusal is about the characters.
    expect(
      await actAs(office, staff, () =>
        requestUploadAction({ dossierId, fileName: "scan.pdf", contentType: "application/pdf", size: 1000 }),
      ),
    ).toMatchObject({ ok: true });
  });
});
