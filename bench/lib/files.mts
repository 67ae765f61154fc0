// `--files` (issue 12, item 3): a big file through the portal's own flow, compared with the same file sent
// straight to the same store in the same run.
//
// Portal: in Chromium, signed in as the bench client, the real compose form of the small dossier uploads the file
// as an attachment (requestClientUploadAction, presigned part PUTs from the browser, completeClientUploadAction:
// server-side copy and checks) and sends the message; then the download route's 303 is followed and the body
// read to the end. Direct: one streamed PutObject and one GetObject of the same file with the S3 SDK; and, for
// reference, the same file as the store's own multipart upload (the portal's part size, 4 parts at a time, then
// CompleteMultipartUpload), which shows what joining the parts costs the store itself (the embedded s3rver
// rewrites the whole file there; S3 and MinIO do not).
// Meanwhile the resident memory (VmRSS) of the Next.js server process is sampled; its growth is what must stay
// small, since no file byte should pass through that process.
import { createReadStream, createWriteStream, mkdirSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  UploadPartCommand,
} from "@aws-sdk/client-s3";
import postgres from "postgres";
import type { Config } from "../../lib/config";
import { createStorage, type Storage } from "../../lib/storage/client";
import { PART_BYTES } from "../../lib/storage/multipart";
import { PARALLEL_PARTS } from "../../lib/uploads/types";
import { portalServerPid, residentBytes, type Server } from "./processes.mts";
import { BENCH_IDS, BENCH_LOGINS } from "./seed.mts";
import { launchChromium } from "./sign-in.mts";

export type FilesResult = {
  megabytes: number;
  portalUploadSeconds: number | null;
  portalDownloadSeconds: number | null;
  directUploadSeconds: number;
  directDownloadSeconds: number;
  /** The same file as a multipart upload straight to the store (reference, not budgeted). */
  directMultipartSeconds: number;
  /** Portal throughput ÷ direct throughput (1 = as fast as the store itself). */
  uploadRatio: number | null;
  /** Portal upload throughput ÷ the store's own multipart upload of the file. */
  uploadVsMultipartRatio: number | null;
  downloadRatio: number | null;
  /** Peak VmRSS of the Next.js server during the portal transfers minus its VmRSS just before. */
  serverRssGrowthBytes: number | null;
  summary: string;
  /** What went wrong on the way (no figure then); missed budgets are not problems. */
  problems: string[];
};

const MB = 1024 * 1024;

/** A file of `megabytes` MiB that passes the portal's PDF check (the header), the rest random bytes. */
async function writeBigFile(file: string, megabytes: number): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  const chunk = randomBytes(8 * MB);
  async function* chunks() {
    for (let written = 0; written < megabytes * MB; written += chunk.length) {
      const piece = chunk.subarray(0, Math.min(chunk.length, megabytes * MB - written));
      yield written === 0 ? Buffer.concat([Buffer.from("%PDF-1.4\n"), piece.subarray(9)]) : piece;
    }
  }
  await pipeline(Readable.from(chunks()), createWriteStream(file));
}

/** The file as the store's own multipart upload: parts of PART_BYTES, PARALLEL_PARTS at a time, then completed. */
async function multipartPut(storage: Storage, key: string, file: string, size: number): Promise<void> {
  const { UploadId } = await storage.s3.send(
    new CreateMultipartUploadCommand({ Bucket: storage.bucket, Key: key, ContentType: "application/pdf" }),
  );
  const count = Math.ceil(size / PART_BYTES);
  const parts: { PartNumber: number; ETag: string }[] = [];
  let next = 1;
  await Promise.all(
    Array.from({ length: PARALLEL_PARTS }, async () => {
      for (let part = next++; part <= count; part = next++) {
        const start = (part - 1) * PART_BYTES;
        const end = Math.min(size, start + PART_BYTES);
        const body = createReadStream(file, { start, end: end - 1 });
        const { ETag } = await storage.s3.send(
          new UploadPartCommand({ Bucket: storage.bucket, Key: key, UploadId, PartNumber: part, Body: body, ContentLength: end - start }),
        );
        parts.push({ PartNumber: part, ETag: ETag! });
      }
    }),
  );
  parts.sort((a, b) => a.PartNumber - b.PartNumber);
  await storage.s3.send(
    new CompleteMultipartUploadCommand({ Bucket: storage.bucket, Key: key, UploadId, MultipartUpload: { Parts: parts } }),
  );
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { value, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

/** Reads a response body to the end, counting bytes and keeping none. */
async function drain(body: ReadableStream<Uint8Array> | null): Promise<number> {
  if (!body) return 0;
  const reader = body.getReader();
  let bytes = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) bytes += next.value.byteLength;
  return bytes;
}

function rssSampler(pid: number | null) {
  const baseline = pid ? residentBytes(pid) : null;
  let peak = baseline ?? 0;
  const timer = setInterval(() => {
    const now = pid ? residentBytes(pid) : null;
    if (now !== null && now > peak) peak = now;
  }, 200);
  return {
    stop: () => {
      clearInterval(timer);
      return baseline === null ? null : peak - baseline;
    },
  };
}

export async function runFilesCase({
  portal,
  config,
  databaseUrl,
  megabytes,
}: {
  portal: Server;
  config: Config;
  databaseUrl: string;
  megabytes: number;
}): Promise<FilesResult> {
  const problems: string[] = [];
  const size = megabytes * MB;
  const fileName = `Bench ${megabytes} MB.pdf`;
  const file = path.join(config.dataDir, "files", fileName);
  console.log(`  writing ${file}`);
  await writeBigFile(file, megabytes);

  // Direct: the same bytes to the same store, no portal in between.
  const storage = createStorage(config.storage);
  const directKey = `bench/direct-${Date.now()}`;
  const directUp = await timed(() =>
    storage.s3.send(
      new PutObjectCommand({
        Bucket: storage.bucket,
        Key: directKey,
        Body: createReadStream(file),
        ContentLength: size,
        ContentType: "application/pdf",
      }),
    ),
  );
  const directDown = await timed(async () => {
    const object = await storage.s3.send(new GetObjectCommand({ Bucket: storage.bucket, Key: directKey }));
    return drain(object.Body!.transformToWebStream());
  });
  await storage.s3.send(new DeleteObjectCommand({ Bucket: storage.bucket, Key: directKey }));
  const directMultipart = await timed(() => multipartPut(storage, `${directKey}-parts`, file, size));
  await storage.s3.send(new DeleteObjectCommand({ Bucket: storage.bucket, Key: `${directKey}-parts` }));
  console.log(
    `  direct: PUT ${directUp.seconds.toFixed(1)} s, GET ${directDown.seconds.toFixed(1)} s, multipart upload ${directMultipart.seconds.toFixed(1)} s`,
  );

  // Portal: the compose form of the small dossier, as a client's browser uses it.
  const pid = portalServerPid(portal);
  if (pid === null) problems.push("could not find the Next.js server process (portal-server.mjs) to sample its memory");
  const rss = rssSampler(pid);
  let portalUploadSeconds: number | null = null;
  let portalDownloadSeconds: number | null = null;
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ baseURL: config.publicUrl, locale: "nl-NL" });
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("E-mailadres").fill(BENCH_LOGINS.client);
    await page.getByLabel("Wachtwoord").fill(BENCH_LOGINS.password);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    await page.goto(`/dossiers/${BENCH_IDS.smallDossier}/messages`);
    const subject = `Bench ${megabytes} MB ${Date.now()}`;
    await page.getByRole("button", { name: "Nieuw bericht" }).click();
    const compose = page.getByRole("dialog", { name: "Nieuw bericht" });
    await compose.getByLabel("Onderwerp", { exact: true }).fill(subject);
    await compose.getByLabel("Bericht", { exact: true }).fill("Het grote bestand van de bench.");
    await compose.getByRole("button", { name: "Bijlage toevoegen" }).click();
    const attach = page.getByRole("dialog", { name: "Bijlagen toevoegen" });
    await attach.locator("input[type=file]").setInputFiles(file);
    const failed = attach.locator("li p.text-red-700");
    const verified = attach.getByText("Geüpload en gecontroleerd", { exact: true });
    if (await failed.isVisible({ timeout: 1_000 }).catch(() => false)) {
      throw new Error(`the portal refused the file before uploading: ${await failed.innerText()}`);
    }
    const upload = await timed(async () => {
      await attach.getByRole("button", { name: "Uploaden" }).click();
      await verified
        .or(failed)
        .first()
        .waitFor({ timeout: 30 * 60_000 });
    });
    if (await failed.isVisible()) throw new Error(`the upload failed: ${await failed.innerText()}`);
    portalUploadSeconds = upload.seconds;
    await attach.getByRole("button", { name: "Klaar" }).click();
    await compose.getByRole("button", { name: "Versturen" }).click();
    await page.getByRole("status").filter({ hasText: "Uw bericht is verstuurd." }).waitFor({ timeout: 60_000 });
    console.log(`  portal upload: ${upload.seconds.toFixed(1)} s (request, ${Math.ceil(size / (10 * MB))} presigned parts, complete)`);

    // The supplied document the message made, then the download route as a browser follows it.
    const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    const [document] = await sql<{ id: string }[]>`
      select d.id from documents d join messages m on m.id = d.message_id where m.subject = ${subject} limit 1`;
    await sql.end({ timeout: 5 });
    if (!document) throw new Error("the sent message has no attached document");
    const cookie = (await context.cookies(config.publicUrl)).map((c) => `${c.name}=${c.value}`).join("; ");
    const download = await timed(async () => {
      const redirect = await fetch(`${portal.origin}/api/documents/${document.id}/download`, { headers: { cookie }, redirect: "manual" });
      const location = redirect.headers.get("location");
      if (redirect.status !== 303 || !location) throw new Error(`download route answered ${redirect.status}`);
      const stored = await fetch(location);
      if (!stored.ok) throw new Error(`the signed URL answered ${stored.status}`);
      return drain(stored.body);
    });
    if (download.value !== size) problems.push(`downloaded ${download.value} bytes, expected ${size}`);
    portalDownloadSeconds = download.seconds;
    console.log(`  portal download: ${download.seconds.toFixed(1)} s`);
    await context.close();
  } catch (error) {
    problems.push((error as Error).message);
  } finally {
    await browser.close();
    rmSync(file, { force: true });
  }
  const sampled = rss.stop();
  // Without both transfers the growth says nothing about them: not reported (the budget is then "not measured").
  const growth = portalUploadSeconds !== null && portalDownloadSeconds !== null ? sampled : null;

  // Compared with the budgets in bench/budgets.json (page "big-file").
  const uploadRatio = portalUploadSeconds ? directUp.seconds / portalUploadSeconds : null;
  const uploadVsMultipartRatio = portalUploadSeconds ? directMultipart.seconds / portalUploadSeconds : null;
  const downloadRatio = portalDownloadSeconds ? directDown.seconds / portalDownloadSeconds : null;

  const rate = (seconds: number | null) => (seconds ? `${(megabytes / seconds).toFixed(1)} MB/s` : "–");
  const summary = [
    `Big file (${megabytes} MB): direct PUT ${rate(directUp.seconds)}, GET ${rate(directDown.seconds)}, ` +
      `multipart upload ${rate(directMultipart.seconds)}; ` +
      `portal upload ${rate(portalUploadSeconds)} (${uploadVsMultipartRatio?.toFixed(2) ?? "–"}× the store's own multipart upload), ` +
      `download ${rate(portalDownloadSeconds)}; ` +
      `Next.js server RSS growth ${growth === null ? "–" : `${(growth / MB).toFixed(1)} MB`}`,
    ...problems.map((p) => `  ✗ ${p}`),
  ].join("\n");
  return {
    megabytes,
    portalUploadSeconds,
    portalDownloadSeconds,
    directUploadSeconds: directUp.seconds,
    directDownloadSeconds: directDown.seconds,
    directMultipartSeconds: directMultipart.seconds,
    uploadRatio,
    uploadVsMultipartRatio,
    downloadRatio,
    serverRssGrowthBytes: growth,
    summary,
    problems,
  };
}
