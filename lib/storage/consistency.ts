// `npm run portal -- storage:verify` (scripts/lib/cli/storage-verify-command.mts): does the bucket hold what the
// database points at, and nothing else? For after a restore, when the database and the bucket come from copies
// that were not taken at the same instant. Report only: nothing is deleted or changed here.
//
// The rows that own objects (db/schema.ts): documents.storage_key (documents, and message attachments: documents
// with a message), offices.logo_key, and an upload's storage_key and staging_key (lib/uploads/uploads.ts).
import "server-only";
import { ListObjectsCommand } from "@aws-sdk/client-s3";
import { and, asc, eq, gt, isNotNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { documents, offices, uploads } from "@/db/schema";
import { getStorage, type Storage } from "./client";
import { parseObjectKey } from "./keys";

/** What owns an object: a document, a message attachment, an office logo, or an upload checked but not yet sent. */
export type OwnerKind = "document" | "attachment" | "logo" | "upload";

/** A row whose object is not in the bucket. Ids and keys only: never a file name or a person's name. */
export type MissingObject = { kind: OwnerKind; id: string; officeSlug: string; key: string };

/** An object in the bucket that no row points at. `officeSlug` is read from the key (null when not ours or unknown). */
export type UnownedObject = { key: string; size: number; lastModified: Date | null; officeSlug: string | null };

/** `objects` in the bucket, `rows` that point at objects, and the findings. */
export type StoreReport = { objects: number; rows: number; missing: MissingObject[]; unowned: UnownedObject[] };

export type StoreCheckOptions = {
  storage?: Storage;
  /** Objects per listing request and rows per query (tests use small pages to cover the paging). */
  pageSize?: number;
  /** The pause before the second look that confirms what the first one found (see checkStoreConsistency). */
  recheckAfterMs?: number;
};

/** A key a row points at; `expected` when the object must exist (a pending upload's object may not exist yet). */
type OwnedKey = { kind: OwnerKind; id: string; officeSlug: string; key: string; expected: boolean };
type Listed = { size: number; lastModified: Date | null; owned: boolean };

/**
 * Compares the bucket with the rows that own objects and returns the rows whose object is missing and the objects
 * no row owns. Safe while the portal runs: the bucket is listed before the rows are read (an upload's row is always
 * written before a browser or the server writes its object, lib/uploads/uploads.ts), and whatever the first look
 * finds is looked at again after a pause and reported only when both agree, so an object deleted just after its
 * row (a discarded upload, a replaced logo) or written just after the listing is no false alarm.
 */
export async function checkStoreConsistency(db: Database, options: StoreCheckOptions = {}): Promise<StoreReport> {
  const first = await look(db, options);
  if (first.missing.length === 0 && first.unowned.length === 0) return first;
  await new Promise((resolve) => setTimeout(resolve, options.recheckAfterMs ?? 2000));
  const second = await look(db, options);
  const missingBefore = new Set(first.missing.map(missingId));
  const unownedBefore = new Set(first.unowned.map((object) => object.key));
  return {
    ...second,
    missing: second.missing.filter((row) => missingBefore.has(missingId(row))),
    unowned: second.unowned.filter((object) => unownedBefore.has(object.key)),
  };
}

const missingId = (row: MissingObject) => `${row.kind} ${row.id} ${row.key}`;

async function look(db: Database, options: StoreCheckOptions): Promise<StoreReport> {
  const pageSize = options.pageSize ?? 1000;
  const objects = await listBucket(options.storage ?? getStorage(), pageSize);
  const missing: MissingObject[] = [];
  let rows = 0;
  for await (const page of ownedKeys(db, pageSize)) {
    rows += page.rows;
    for (const { expected, ...owner } of page.keys) {
      const object = objects.get(owner.key);
      if (object) object.owned = true;
      else if (expected) missing.push(owner);
    }
  }
  const slugs = new Map((await db.select({ id: offices.id, slug: offices.slug }).from(offices)).map((office) => [office.id, office.slug]));
  const unowned: UnownedObject[] = [];
  for (const [key, object] of objects) {
    if (object.owned) continue;
    const officeId = parseObjectKey(key)?.officeId;
    unowned.push({ key, size: object.size, lastModified: object.lastModified, officeSlug: (officeId && slugs.get(officeId)) || null });
  }
  return { objects: objects.size, rows, missing, unowned };
}

/**
 * Every object's key, size and date, page by page (the bodies are never read). ListObjects (version 1), each page
 * starting after the last key of the one before: s3rver cannot make the continuation tokens of ListObjectsV2 on
 * Node's OpenSSL 3 (docs/platform-notes.md), and S3 and MinIO serve both.
 */
async function listBucket(storage: Storage, pageSize: number): Promise<Map<string, Listed>> {
  const objects = new Map<string, Listed>();
  let marker: string | undefined;
  for (;;) {
    const page = await storage.s3.send(new ListObjectsCommand({ Bucket: storage.bucket, MaxKeys: pageSize, Marker: marker }));
    const items = page.Contents ?? [];
    for (const item of items) {
      if (item.Key) objects.set(item.Key, { size: item.Size ?? 0, lastModified: item.LastModified ?? null, owned: false });
    }
    marker = items.at(-1)?.Key;
    if (!page.IsTruncated || !marker) return objects;
  }
}

/** Reads a table in pages of `pageSize` rows in id order (keyset paging: each page starts after the last id). */
async function* inPages<T extends { id: string }>(pageSize: number, read: (after: string | null) => Promise<T[]>): AsyncGenerator<T[]> {
  let after: string | null = null;
  for (;;) {
    const page = await read(after);
    if (page.length > 0) yield page;
    if (page.length < pageSize) return;
    after = page[page.length - 1]!.id;
  }
}

/** The keys that rows point at, page by page: documents and attachments, logos, uploads (both of their keys). */
async function* ownedKeys(db: Database, pageSize: number): AsyncGenerator<{ rows: number; keys: OwnedKey[] }> {
  const documentPages = inPages(pageSize, (after) =>
    db
      .select({ id: documents.id, key: documents.storageKey, messageId: documents.messageId, officeSlug: offices.slug })
      .from(documents)
      .innerJoin(offices, eq(offices.id, documents.officeId))
      .where(after ? gt(documents.id, after) : undefined)
      .orderBy(asc(documents.id))
      .limit(pageSize),
  );
  for await (const page of documentPages) {
    const keys = page.map(({ messageId, ...row }) => ({
      ...row,
      kind: messageId ? ("attachment" as const) : ("document" as const),
      expected: true,
    }));
    yield { rows: page.length, keys };
  }

  const logoPages = inPages(pageSize, (after) =>
    db
      .select({ id: offices.id, key: offices.logoKey, officeSlug: offices.slug })
      .from(offices)
      .where(and(isNotNull(offices.logoKey), after ? gt(offices.id, after) : undefined))
      .orderBy(asc(offices.id))
      .limit(pageSize),
  );
  for await (const page of logoPages) {
    yield { rows: page.length, keys: page.map((row) => ({ ...row, key: row.key!, kind: "logo" as const, expected: true })) };
  }

  const uploadPages = inPages(pageSize, (after) =>
    db
      .select({
        id: uploads.id,
        storageKey: uploads.storageKey,
        stagingKey: uploads.stagingKey,
        status: uploads.status,
        officeSlug: offices.slug,
      })
      .from(uploads)
      .innerJoin(offices, eq(offices.id, uploads.officeId))
      .where(after ? gt(uploads.id, after) : undefined)
      .orderBy(asc(uploads.id))
      .limit(pageSize),
  );
  for await (const page of uploadPages) {
    const keys = page.flatMap(({ storageKey, stagingKey, status, ...row }) => [
      // Only a verified upload must have its object: a pending one's is written by the browser (or is made when it
      // is completed), and an attached one's belongs to its document or logo, which is checked as such.
      { ...row, kind: "upload" as const, key: storageKey, expected: status === "verified" },
      // What a browser may still write to; removed after its URLs expired (lib/uploads/cleanup.ts), never expected.
      ...(stagingKey && stagingKey !== storageKey ? [{ ...row, kind: "upload" as const, key: stagingKey, expected: false }] : []),
    ]);
    yield { rows: page.length, keys };
  }
}
