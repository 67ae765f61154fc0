// Start-up of an external store (MinIO, S3): the bucket exists (created when missing), the endpoint really is an S3
// API, and browsers at the portal's origin may upload to it (CORS; set when missing). Each failure names the
// variable to look at, for the one-line start-up errors (scripts/lib/serve.mts).
import { CreateBucketCommand, ListObjectsCommand, PutBucketCorsCommand } from "@aws-sdk/client-s3";
import type { Storage } from "./client";
import { unreachableCode } from "@/lib/startup-errors";
import { corsRule } from "./cors";

export class StoreSetupError extends Error {
  override name = "StoreSetupError";
  constructor(
    readonly variable: string,
    readonly reason: string,
  ) {
    super(`${variable}: ${reason}`);
  }
}

type S3Failure = { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number }; cause?: unknown };

const REFUSED_CREDENTIALS = new Set(["InvalidAccessKeyId", "SignatureDoesNotMatch", "AccessDenied", "InvalidToken", "Forbidden"]);

export type BucketSetup = { endpoint: string; bucket: string; portalOrigin: string; allowedOrigins: string[] };

/** Makes the bucket ready for the portal, or throws a StoreSetupError that says what to fix. */
export async function setUpBucket(storage: Storage, setup: BucketSetup): Promise<{ created: boolean; corsSet: boolean }> {
  const created = await ensureBucketExists(storage, setup);
  const corsSet = await ensureBrowsersMayUpload(storage, setup);
  return { created, corsSet };
}

async function ensureBucketExists(storage: Storage, { endpoint, bucket }: BucketSetup): Promise<boolean> {
  try {
    // A listing proves an S3 API: any web server answers a HEAD, but only a store returns the bucket's name. (The
    // first version of ListObjects: s3rver fails on V2's continuation token, docs/platform-notes.md.)
    const listing = await storage.s3.send(new ListObjectsCommand({ Bucket: bucket, MaxKeys: 1 }));
    if (listing.Name !== bucket)
      throw new StoreSetupError("S3_ENDPOINT", `${endpoint} does not answer as an S3 API (no listing of bucket "${bucket}")`);
    return false;
  } catch (error) {
    if (error instanceof StoreSetupError) throw error;
    const failure = error as S3Failure;
    if (failure.name !== "NoSuchBucket") throw describeFailure(failure, endpoint, bucket);
  }
  try {
    await storage.s3.send(new CreateBucketCommand({ Bucket: bucket }));
    return true;
  } catch (error) {
    const failure = error as S3Failure;
    throw new StoreSetupError(
      "S3_BUCKET",
      `bucket "${bucket}" does not exist at ${endpoint} and could not be created: ${failure.name}: ${failure.message}`,
    );
  }
}

async function ensureBrowsersMayUpload(storage: Storage, setup: BucketSetup): Promise<boolean> {
  if (await preflightAllowed(setup)) return false;
  const advice = `allow PUT, GET and HEAD with the Content-Type header from ${setup.portalOrigin} and expose ETag in the store's CORS settings`;
  try {
    await storage.s3.send(
      new PutBucketCorsCommand({ Bucket: setup.bucket, CORSConfiguration: { CORSRules: [corsRule(setup.allowedOrigins)] } }),
    );
  } catch (error) {
    const failure = error as S3Failure;
    throw new StoreSetupError(
      "S3_BUCKET",
      `browsers may not upload to bucket "${setup.bucket}" and setting its CORS failed (${failure.name}); ${advice}`,
    );
  }
  if (!(await preflightAllowed(setup))) {
    throw new StoreSetupError("S3_BUCKET", `the store took a CORS rule for bucket "${setup.bucket}" but still refuses browsers; ${advice}`);
  }
  return true;
}

/** Asks the store what a browser at the portal's origin asks before a presigned upload. */
async function preflightAllowed({ endpoint, bucket, portalOrigin }: BucketSetup): Promise<boolean> {
  const response = await fetch(`${endpoint.replace(/\/$/, "")}/${bucket}/cors-check`, {
    method: "OPTIONS",
    headers: { Origin: portalOrigin, "Access-Control-Request-Method": "PUT", "Access-Control-Request-Headers": "content-type" },
    signal: AbortSignal.timeout(5_000),
  });
  await response.body?.cancel();
  const allowed = response.headers.get("access-control-allow-origin");
  return response.ok && (allowed === portalOrigin || allowed === "*");
}

function describeFailure(failure: S3Failure, endpoint: string, bucket: string): Error {
  const code = unreachableCode(failure);
  if (code) return new StoreSetupError("S3_ENDPOINT", `cannot reach the store at ${endpoint} (${code})`);
  if (failure.name && REFUSED_CREDENTIALS.has(failure.name)) {
    return new StoreSetupError(
      "S3_ACCESS_KEY_ID",
      `the store at ${endpoint} refused the credentials for bucket "${bucket}" (${failure.name})`,
    );
  }
  // An answer without an S3 error document: the SDK names it after its HTTP status only, or cannot parse it.
  if (failure.message === "UnknownError" || failure.name === "NotFound" || failure.message?.includes("Deserialization error")) {
    return new StoreSetupError(
      "S3_ENDPOINT",
      `${endpoint} does not answer as an S3 API (HTTP ${failure.$metadata?.httpStatusCode ?? "?"})`,
    );
  }
  return failure as Error;
}
