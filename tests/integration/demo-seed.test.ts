import { GetObjectCommand } from "@aws-sdk/client-s3";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documents, dossierClients, dossiers, messages, offices, users } from "@/db/schema";
import { seedDemo } from "@/lib/seed/demo";
import { DEMO_LOGINS } from "@/lib/seed/demo-logins";
import { verifyPassword } from "@/lib/auth/password";
import { verifyUploadedObject } from "@/lib/storage/verify";
import { startTestS3, type TestS3 } from "../support/s3-server";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let s3: TestS3;

beforeAll(async () => {
  [database, s3] = await Promise.all([createTestDatabase(), startTestS3()]);
});
afterAll(async () => {
  await Promise.all([database?.close(), s3?.close()]);
});

describe("demo seed", () => {
  it("fills an empty database once with the demo office, logins, dossier, files and thread", async () => {
    expect(await seedDemo(database.db, s3.storage)).toBe(true);
    expect(await seedDemo(database.db, s3.storage)).toBe(false);

    const { db } = database;
    const [office] = await db.select().from(offices);
    expect(office?.name).toBe("Demo Notariaat");
    expect(await db.select({ n: count() }).from(offices)).toEqual([{ n: 1 }]);

    const accounts = await db.select().from(users).orderBy(users.role);
    expect(accounts.map((u) => [u.email, u.role, u.status])).toEqual([
      [DEMO_LOGINS.client, "client", "active"],
      [DEMO_LOGINS.staff, "admin", "active"],
    ]);
    for (const account of accounts) {
      expect(account.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(account.passwordHash, DEMO_LOGINS.password)).toBe(true);
      expect(await verifyPassword(account.passwordHash, "wrong-password")).toBe(false);
    }

    const [dossier] = await db.select().from(dossiers);
    const client = accounts.find((u) => u.role === "client")!;
    expect(await db.select().from(dossierClients).where(eq(dossierClients.dossierId, dossier!.id))).toEqual([
      expect.objectContaining({ userId: client.id }),
    ]);

    const files = await db.select().from(documents).where(eq(documents.dossierId, dossier!.id));
    expect(files.map((f) => f.kind).sort()).toEqual(["correspondence", "document"]);
    for (const file of files) {
      expect(file.storageKey).not.toContain(file.fileName);
      const check = await verifyUploadedObject(
        { key: file.storageKey, expectedSize: file.size, declaredContentType: file.contentType, fileName: file.fileName },
        s3.storage,
      );
      expect(check).toEqual({ ok: true });
      const object = await s3.storage.s3.send(new GetObjectCommand({ Bucket: s3.storage.bucket, Key: file.storageKey }));
      const text = Buffer.from(await object.Body!.transformToByteArray()).toString("latin1");
      expect(text.startsWith("%PDF-1.4")).toBe(true);
      expect(text.trimEnd().endsWith("%%EOF")).toBe(true);
    }

    const thread = await db.select().from(messages).orderBy(messages.createdAt);
    expect(thread).toHaveLength(2);
    expect(thread[1]?.replyToId).toBe(thread[0]?.id);
    expect(thread[1]?.authorId).toBe(client.id);
  });
});
