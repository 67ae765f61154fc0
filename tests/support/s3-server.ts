// Starts the embedded S3 server (s3rver) on a free port in a fresh temporary folder, for one test file.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { HeadObjectCommand } from "@aws-sdk/client-s3";
import { createStorage, type Storage, type StorageSettings } from "@/lib/storage/client";
import { startEmbeddedS3 } from "@/lib/storage/embedded-server";

export const TEST_ORIGIN = "http://localhost:3000";
export const TEST_BUCKET = "klantenportaal-test";

export type TestS3 = {
  storage: Storage;
  settings: StorageSettings;
  endpoint: string;
  close: () => Promise<void>;
};

export async function startTestS3(): Promise<TestS3> {
  const directory = mkdtempSync(path.join(os.tmpdir(), "klantenportaal-s3-"));
  const server = await startEmbeddedS3({ port: 0, directory, bucket: TEST_BUCKET, allowedOrigins: [TEST_ORIGIN] });
  const settings: StorageSettings = {
    endpoint: server.endpoint,
    publicEndpoint: server.endpoint,
    region: "us-east-1",
    bucket: TEST_BUCKET,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
  };
  const storage = createStorage(settings);
  return {
    storage,
    settings,
    endpoint: server.endpoint,
    close: async () => {
      storage.s3.destroy();
      storage.presigner.destroy();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** The environment that points the portal's config at this test server (for configureProcess). */
export function storageEnv(s3: TestS3): Record<string, string> {
  return { S3_ENDPOINT: s3.endpoint, S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER", S3_BUCKET: s3.settings.bucket };
}

/** Whether the test store holds an object under `key`. */
export async function objectExists(s3: TestS3, key: string): Promise<boolean> {
  try {
    await s3.storage.s3.send(new HeadObjectCommand({ Bucket: s3.settings.bucket, Key: key }));
    return true;
  } catch {
    return false;
  }
}
