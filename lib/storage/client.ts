// S3 clients for the portal. One talks to the store from the server; a second one only signs URLs,
// because browsers reach the store at a different address (S3_PUBLIC_URL) than the server does.
import { S3Client } from "@aws-sdk/client-s3";
import { getConfig, type Config } from "@/lib/config";

/** The part of the storage configuration the clients need; `getConfig().storage` satisfies it. */
export type StorageSettings = Pick<
  Config["storage"],
  "endpoint" | "publicEndpoint" | "region" | "bucket" | "accessKeyId" | "secretAccessKey"
>;

/** Everything a storage call needs, passed explicitly so tests can point it at their own server. */
export type Storage = {
  /** Server-to-store calls (HeadObject, GetObject, DeleteObject, ...). */
  s3: S3Client;
  /** Only used to presign; its endpoint is the address browsers use. */
  presigner: S3Client;
  bucket: string;
};

export function createS3Client(settings: StorageSettings, options: { public?: boolean } = {}): S3Client {
  return new S3Client({
    endpoint: options.public ? settings.publicEndpoint : settings.endpoint,
    region: settings.region,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // MinIO and s3rver serve buckets by path, not by subdomain.
    forcePathStyle: true,
    // The SDK's default CRC32 checksums corrupt streamed uploads to s3rver and put a checksum of an
    // empty body into presigned PUT URLs (docs/platform-notes.md); only send them where the API demands it.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
}

export function createStorage(settings: StorageSettings): Storage {
  return {
    s3: createS3Client(settings),
    presigner: createS3Client(settings, { public: true }),
    bucket: settings.bucket,
  };
}

// Cached on globalThis so Next's dev reloads do not open a new connection pool per reload.
const globalForStorage = globalThis as unknown as { portalStorage?: Storage };

/** The process-wide storage, built from `getConfig().storage` on first use. */
export function getStorage(): Storage {
  globalForStorage.portalStorage ??= createStorage(getConfig().storage);
  return globalForStorage.portalStorage;
}

/** The process-wide client for server-to-store calls. */
export function getS3(): S3Client {
  return getStorage().s3;
}
