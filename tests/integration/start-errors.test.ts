// Issue 15: what an operator meets when a part is missing or wrong. `npm start` stops with exit code 1 and one log
// line that names the variable and the cause (no stack trace), and never says "ready"; `npm start` and the CLI read
// `.env` as the web server does.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createTcpServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CreateBucketCommand, ListObjectsCommand, PutBucketCorsCommand } from "@aws-sdk/client-s3";
import { setUpBucket } from "@/lib/storage/bucket-setup";
import { corsRule } from "@/lib/storage/cors";
import { startTestS3, type TestS3 } from "../support/s3-server";
import { runScript, type LogLine } from "../support/start-process";
import { serverUrl } from "../support/test-database";

let s3: TestS3;
let notS3: Server;
let notS3Url: string;
let refusing: Server;
let refusingUrl: string;

/** S3's answer documents, as a store that refuses sends them (the real SDK parses them). */
const s3Error = (code: string, message: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
const listing = (bucket: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${bucket}</Name>` +
  "<Prefix></Prefix><Marker></Marker><MaxKeys>1</MaxKeys><IsTruncated>false</IsTruncated></ListBucketResult>";

/**
 * A store whose credentials may not create buckets (bucket "no-create" is missing) and that takes no bucket CORS
 * rules (bucket "no-cors" exists but admits no browser), as a locked-down S3 account or a store with CORS managed
 * elsewhere answers. Everything else is refused.
 */
function refusingStore(request: IncomingMessage, response: ServerResponse): void {
  const xml = (status: number, body: string) => {
    response.writeHead(status, { "content-type": "application/xml" });
    response.end(body);
  };
  const [path = "", query = ""] = (request.url ?? "").split("?");
  const pathname = path.replace(/\/$/, ""); // the SDK asks for a bucket as "/name/"
  if (request.method === "GET" && pathname === "/no-create")
    return xml(404, s3Error("NoSuchBucket", "The specified bucket does not exist"));
  if (request.method === "PUT" && pathname === "/no-create") return xml(403, s3Error("AccessDenied", "Access Denied"));
  if (request.method === "GET" && pathname === "/no-cors") return xml(200, listing("no-cors"));
  if (request.method === "PUT" && pathname === "/no-cors" && query.startsWith("cors")) {
    return xml(501, s3Error("NotImplemented", "A header you provided implies functionality that is not implemented"));
  }
  xml(403, s3Error("AccessDenied", "Access Denied"));
}

beforeAll(async () => {
  s3 = await startTestS3();
  notS3 = createServer((request, response) => {
    // An intranet page for every address, and a web server's own "not found" page for some.
    response.writeHead(request.url?.includes("gone") ? 404 : 200, { "content-type": "text/html" });
    response.end("<html><head><meta charset=utf-8></head><body>An intranet page</body></html>");
  });
  await new Promise<void>((resolve) => notS3.listen(0, "127.0.0.1", resolve));
  const address = notS3.address() as { port: number };
  notS3Url = `http://127.0.0.1:${address.port}`;
  refusing = createServer(refusingStore);
  await new Promise<void>((resolve) => refusing.listen(0, "127.0.0.1", resolve));
  refusingUrl = `http://127.0.0.1:${(refusing.address() as { port: number }).port}`;
});

afterAll(async () => {
  await s3?.close();
  await new Promise((resolve) => notS3?.close(resolve));
  await new Promise((resolve) => refusing?.close(resolve));
});

const freePort = async () => {
  const probe = createTcpServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
};

/** `npm start` in a fresh data folder, on free ports, with `env` on top. */
async function start(env: Record<string, string>) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "klantenportaal-start-"));
  return runScript("start.mts", [], {
    DATA_DIR: dataDir,
    PORT: String(await freePort()),
    S3_EMBEDDED_PORT: String(await freePort()),
    ...env,
  });
}

/** Exactly one fatal line, naming the variable; no stack trace, no "ready". */
function expectOneLine(result: { status: number | null; stdout: string; stderr: string; lines: LogLine[] }, pattern: RegExp) {
  expect(result.status, result.stdout + result.stderr).toBe(1);
  const fatal = result.lines.filter((line) => line.level === 60);
  expect(fatal, result.stdout + result.stderr).toHaveLength(1);
  expect(fatal[0]!.msg).toMatch(pattern);
  expect(result.lines.some((line) => line.event === "start.ready")).toBe(false);
  expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /); // no stack trace
}

const storage = (endpoint: string) => ({ S3_ENDPOINT: endpoint, S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER" });

describe("npm start when a part is unreachable or wrong", { timeout: 60_000 }, () => {
  it("a database server that does not listen", async () => {
    const result = await start({ DATABASE_URL: "postgres://portal:secret-password@127.0.0.1:1/portal" });
    expectOneLine(result, /^DATABASE_URL: cannot reach PostgreSQL at 127\.0\.0\.1:1: connection refused/);
    expect(result.stdout).not.toContain("secret-password");
  });

  it("a database that does not exist, and a user the server does not know", async () => {
    const base = serverUrl();
    if (!base) return expect(base).toBeUndefined(); // needs a PostgreSQL server (CI sets DATABASE_URL)
    const missing = new URL(base);
    missing.pathname = `/portal_missing_${randomBytes(4).toString("hex")}`;
    expectOneLine(await start({ DATABASE_URL: missing.toString() }), /^DATABASE_URL: database "portal_missing_\w+" does not exist on /);

    const stranger = new URL(base);
    stranger.username = "nobody_here";
    stranger.password = "wrong";
    expectOneLine(await start({ DATABASE_URL: stranger.toString() }), /^DATABASE_URL: PostgreSQL at .* refused user "nobody_here"/);
  });

  it("a store that does not listen, and an endpoint that is not an S3 API", async () => {
    expectOneLine(
      await start(storage("http://127.0.0.1:1")),
      /^S3_ENDPOINT: cannot reach the store at http:\/\/127\.0\.0\.1:1 \(ECONNREFUSED\)/,
    );
    expectOneLine(await start(storage(notS3Url)), /^S3_ENDPOINT: http:\/\/127\.0\.0\.1:\d+ does not answer as an S3 API/);
    expectOneLine(
      await start({ ...storage(notS3Url), S3_BUCKET: "gone" }),
      /^S3_ENDPOINT: http:\/\/127\.0\.0\.1:\d+ does not answer as an S3 API/,
    );
  });

  it("a bucket the credentials may not create, and a bucket whose CORS cannot be set", async () => {
    expectOneLine(
      await start({ ...storage(refusingUrl), S3_BUCKET: "no-create" }),
      /^S3_BUCKET: bucket "no-create" does not exist at http:\/\/127\.0\.0\.1:\d+ and could not be created: AccessDenied/,
    );
    expectOneLine(
      await start({ ...storage(refusingUrl), S3_BUCKET: "no-cors", PORTAL_PUBLIC_URL: "https://portaal.example.test" }),
      /^S3_BUCKET: browsers may not upload to bucket "no-cors" and setting its CORS failed \(NotImplemented\); allow PUT, GET and HEAD .* from https:\/\/portaal\.example\.test/,
    );
  });

  it("a port another program holds: PORT and S3_EMBEDDED_PORT", async () => {
    const holder = createTcpServer();
    await new Promise<void>((resolve) => holder.listen(0, resolve));
    const { port } = holder.address() as { port: number };
    try {
      expectOneLine(await start({ PORT: String(port) }), new RegExp(`^PORT: port ${port} is already in use by another program`));
      expectOneLine(await start({ S3_EMBEDDED_PORT: String(port) }), new RegExp(`^S3_EMBEDDED_PORT: port ${port} is already in use`));
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });
});

describe("one environment: .env files are read by every process, as by the web server", { timeout: 60_000 }, () => {
  // Tests run with NODE_ENV=test, for which Next.js reads .env.test.local (never committed) before .env.test and .env.
  const envFile = path.join(process.cwd(), ".env.test.local");
  afterEach(() => rmSync(envFile, { force: true }));

  it("npm start uses the DATABASE_URL of an .env file instead of setting up the embedded database", async () => {
    writeFileSync(envFile, "DATABASE_URL=postgres://portal@127.0.0.1:1/portal\n");
    const result = await start({});
    expectOneLine(result, /^DATABASE_URL: cannot reach PostgreSQL at 127\.0\.0\.1:1/);
    expect(result.lines.find((line) => line.event === "start.env_files")?.files).toContain(".env.test.local");
  });

  it("the CLI reads them too, and a variable of the process's environment wins over a file", async () => {
    writeFileSync(envFile, "PORT=not-a-port\nS3_BUCKET=Not_A_Bucket\n");
    const result = await runScript("portal.mts", ["office:list"], { PORT: "3999", DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "kp-")) });
    expect(result.status).toBe(1);
    const problems = result.lines.filter((line) => line.event === "start.bad_variable").map((line) => line.msg);
    expect(problems).toEqual(["S3_BUCKET: must be a valid bucket name"]);
  });
});

describe("the store's bucket at start", { timeout: 60_000 }, () => {
  const origin = "https://portaal.example.test";
  const preflight = (bucket: string, from: string) =>
    fetch(`${s3.endpoint}/${bucket}/some-key`, {
      method: "OPTIONS",
      headers: { Origin: from, "Access-Control-Request-Method": "PUT", "Access-Control-Request-Headers": "content-type" },
    }).then((response) => response.headers.get("access-control-allow-origin"));

  it("is created when missing, before the database is looked at", async () => {
    const bucket = `fresh-${randomBytes(4).toString("hex")}`;
    const env = {
      ...storage(s3.endpoint),
      S3_BUCKET: bucket,
      DATABASE_URL: "postgres://portal@127.0.0.1:1/portal",
      PORTAL_PUBLIC_URL: origin,
    };
    const result = await start(env);
    expect(result.lines.find((line) => line.level === 60)?.msg, result.stdout + result.stderr).toMatch(/^DATABASE_URL:/);
    const listing = await s3.storage.s3.send(new ListObjectsCommand({ Bucket: bucket }));
    expect(listing.Name).toBe(bucket);
  });

  it("gets a CORS rule for the portal's origin when browsers there may not upload, and is left alone the next time", async () => {
    const bucket = `cors-${randomBytes(4).toString("hex")}`;
    await s3.storage.s3.send(new CreateBucketCommand({ Bucket: bucket }));
    // A rule for some other site only: a browser at the portal would be refused.
    await s3.storage.s3.send(
      new PutBucketCorsCommand({ Bucket: bucket, CORSConfiguration: { CORSRules: [corsRule(["https://elsewhere.example.test"])] } }),
    );
    expect(await preflight(bucket, origin)).toBeNull();

    const setup = { endpoint: s3.endpoint, bucket, portalOrigin: origin, allowedOrigins: [origin] };
    expect(await setUpBucket(s3.storage, setup)).toEqual({ created: false, corsSet: true });
    expect([origin, "*"]).toContain(await preflight(bucket, origin)); // s3rver answers a matching preflight with "*"
    expect(await preflight(bucket, "https://elsewhere.example.test")).toBeNull();
    expect(await setUpBucket(s3.storage, setup)).toEqual({ created: false, corsSet: false });
  });
});
