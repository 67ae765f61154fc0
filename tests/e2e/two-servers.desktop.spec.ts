// Issue 15, "several app servers": two portal servers on one PostgreSQL database and one store, behind a load
// balancer without sticky sessions (a round-robin proxy in this test, which appends the connection's address to
// X-Forwarded-For as nginx does). A session, the sign-in throttling, an upload requested on one server and completed
// on the other, and the outbox all work across both. Needs PostgreSQL (DATABASE_URL): PGlite serves one process.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, request, type IncomingMessage, type Server } from "node:http";
import os from "node:os";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import postgres from "postgres";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { openDatabase, type DatabaseHandle } from "../../db/client";
import { outbox } from "../../db/schema";
import { makePdf } from "../../lib/seed/pdf";
import { startEmbeddedS3, type EmbeddedS3 } from "../../lib/storage/embedded-server";
import { baseURL } from "../../playwright.config";
import { AttachmentDialog } from "./pages/attachment-dialog";
import { DossierPage } from "./pages/dossier-page";
import { LoginPage } from "./pages/login-page";
import { freshAddress } from "./support/data";
import { DEMO_LOGINS, signInThroughApi } from "./support/portal";

test.describe.configure({ mode: "serial", timeout: 300_000 });

const base = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
const balancerPort = Number(new URL(baseURL).port) + 8;
const serverPorts = [balancerPort + 2, balancerPort + 4];
const origin = `http://localhost:${balancerPort}`;

/** Ids of the upload server actions (the build's manifest), so the balancer can split one upload across servers. */
function actionId(name: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(process.env.NEXT_DIST_DIR || ".next", "server/server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { exportedName: string }>;
  };
  return Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name)![0];
}

type Balancer = { server: Server; served: Array<Array<{ method: string; url: string; action?: string; session: boolean }>> };

/** Round robin over the servers, except that `pin` may choose one for a request. */
async function startBalancer(pin: (request: IncomingMessage) => number | undefined): Promise<Balancer> {
  let turn = 0;
  const served: Balancer["served"] = serverPorts.map(() => []);
  const server = createServer((incoming, outgoing) => {
    const chosen = pin(incoming) ?? turn++ % serverPorts.length;
    served[chosen]!.push({
      method: incoming.method!,
      url: incoming.url!,
      action: incoming.headers["next-action"] as string | undefined,
      session: /authjs\.session-token=/.test(incoming.headers.cookie ?? ""),
    });
    const forwardedFor = [incoming.headers["x-forwarded-for"], incoming.socket.remoteAddress].filter(Boolean).join(", ");
    const upstream = request(
      {
        host: "127.0.0.1",
        port: serverPorts[chosen],
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, "x-forwarded-for": forwardedFor, "x-forwarded-host": incoming.headers.host },
        agent: false,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode!, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on("error", () => {
      outgoing.statusCode = 502;
      outgoing.end();
    });
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(balancerPort, resolve));
  return { server, served };
}

let databaseUrl: string;
let database: DatabaseHandle;
let store: EmbeddedS3;
let balancer: Balancer;
const servers: Array<{ child: ChildProcess; output: () => string }> = [];
const requestUpload = actionId("requestUploadAction");
const completeUpload = actionId("completeUploadAction");

async function startServer(port: number): Promise<void> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(DATABASE_URL|TEST_DATABASE_URL|S3_|PORTAL_)/.test(name)),
  );
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.mts"], {
    env: {
      ...env,
      PORT: String(port),
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "klantenportaal-two-")),
      DATABASE_URL: databaseUrl,
      S3_ENDPOINT: store.endpoint,
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      PORTAL_PUBLIC_URL: origin,
      PORTAL_MODE: "demo",
      // The same on every server, as the README asks.
      AUTH_SECRET: "two-servers-share-this-secret-of-forty-characters",
      // The balancer appends to what the test wrote: the client's address is the second from the right.
      TRUSTED_PROXY_HOPS: "2",
    } as unknown as NodeJS.ProcessEnv,
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  servers.push({ child, output: () => output });
  await expect.poll(() => output.includes('"event":"start.ready"') || child.exitCode !== null, { timeout: 180_000 }).toBe(true);
  expect(child.exitCode, output).toBeNull();
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  if (!base) return;
  const url = new URL(base);
  const name = `${url.pathname.slice(1) || "portal"}_two_servers_${balancerPort}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  url.pathname = `/${name}`;
  databaseUrl = url.toString();

  store = await startEmbeddedS3({
    port: balancerPort + 100,
    directory: mkdtempSync(path.join(os.tmpdir(), "klantenportaal-two-s3-")),
    bucket: "klantenportaal",
    allowedOrigins: [origin],
  });
  let signIns = 0;
  balancer = await startBalancer((incoming) => {
    // Sign-ins take turns on their own (between two of them the CSRF token is fetched).
    if (incoming.url?.startsWith("/api/auth/callback")) return signIns++ % serverPorts.length;
    const action = incoming.headers["next-action"];
    if (action === requestUpload) return 0;
    if (action === completeUpload) return 1;
    return undefined;
  });
  // One after the other: the first migrates and seeds the demo office, the second finds both done.
  for (const port of serverPorts) await startServer(port);
  database = await openDatabase({ kind: "postgres", url: databaseUrl });
});

test.afterAll(async () => {
  for (const { child } of servers) child.kill("SIGTERM");
  await Promise.all(servers.map(({ child }) => (child.exitCode === null ? new Promise((resolve) => child.once("exit", resolve)) : null)));
  await database?.close();
  await store?.close();
  await new Promise((resolve) => (balancer ? balancer.server.close(resolve) : resolve(undefined)));
});

test("a session started on one server is valid on the other; an upload requested on one is completed on the other", async ({ page }) => {
  if (!base) return expect(base).toBeUndefined(); // PGlite serves one process: nothing to share
  await page.goto(`${origin}/login`);
  const login = new LoginPage(page);
  await login.comeFromFreshAddress();
  await login.email.fill(DEMO_LOGINS.client);
  await login.password.fill(DEMO_LOGINS.password);
  await login.submitButton.click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.setExtraHTTPHeaders({});

  // Page after page, alternately from each server, with the one session cookie.
  for (let visit = 0; visit < 4; visit++) {
    await page.goto(`${origin}/dossiers`);
    await expect(page.getByRole("heading", { name: "Dossiers", level: 1 })).toBeVisible();
  }
  for (const served of balancer.served)
    expect(served.filter((entry) => entry.session && entry.url === "/dossiers").length).toBeGreaterThan(0);

  // Nieuw bericht with an attachment: the upload is requested on server 0 and completed on server 1.
  const dossier = new DossierPage(page);
  await page.getByRole("link", { name: /Aankoop woning Kerkstraat 1/ }).click();
  await dossier.openTab("Berichten");
  const compose = await dossier.startMessage();
  const subject = `Over twee servers ${Date.now()}`;
  await compose.write(subject, "Het paspoort, zoals gevraagd.");
  const attach: AttachmentDialog = await compose.addAttachments();
  await attach.browse([{ name: "Paspoort.pdf", mimeType: "application/pdf", buffer: makePdf(["Paspoort"]) }]);
  await attach.upload();
  await expect(attach.uploaded).toHaveCount(1);
  await attach.done();
  await compose.send();
  await expect(dossier.status("Uw bericht is verstuurd.")).toBeVisible();
  await dossier.openTab("Door mij aangeleverd");
  await expect(dossier.document("Paspoort")).toContainText(`Bij bericht: ${subject}`);

  expect(balancer.served[0]!.filter((entry) => entry.action === requestUpload)).toHaveLength(1);
  expect(balancer.served[1]!.filter((entry) => entry.action === completeUpload)).toHaveLength(1);
});

test("the sign-in throttling counts the failures of one address on both servers", async () => {
  if (!base) return expect(base).toBeUndefined();
  const api = await playwrightRequest.newContext({ baseURL: origin });
  const address = freshAddress();
  try {
    const took: number[] = [];
    for (let attempt = 1; attempt <= 8; attempt++) {
      const failed = await signInThroughApi(api, `niemand-${attempt}-${Date.now()}@demo.test`, "wrong-password", {
        "x-forwarded-for": address,
      });
      took.push(failed.took);
    }
    // Failures 6, 7 and 8 of one address wait 250, 500 and 1000 ms (lib/auth/login-throttle.ts), wherever they land.
    expect(took[6]).toBeGreaterThanOrEqual(500);
    expect(took[7]).toBeGreaterThanOrEqual(1000);
    const callbacks = balancer.served.map((served) => served.filter((entry) => entry.url.startsWith("/api/auth/callback")).length);
    expect(Math.min(...callbacks)).toBeGreaterThanOrEqual(4);
  } finally {
    await api.dispose();
  }
});

test("the outbox is delivered once, by whichever server claims each row", async () => {
  if (!base) return expect(base).toBeUndefined();
  const rows = await database.db
    .insert(outbox)
    .values(
      Array.from({ length: 30 }, (_, index) => ({
        channel: "email" as const,
        recipient: `client-${index}@example.test`,
        template: "invitation",
        locale: "nl" as const,
        data: { subject: "Welkom", text: "Welkom" },
      })),
    )
    .returning({ id: outbox.id });
  const ids = rows.map((row) => row.id);
  const pending = async () =>
    (await database.db.select({ id: outbox.id }).from(outbox).where(inArray(outbox.id, ids))).length -
    (await database.db.select({ id: outbox.id }).from(outbox).where(eq(outbox.status, "sent"))).filter((row) => ids.includes(row.id))
      .length;
  await expect.poll(pending, { timeout: 30_000 }).toBe(0);
  // Each row was attempted by exactly one of the two delivery loops (their log lines name the row).
  const attemptedBy = servers.map(({ output }) =>
    output()
      .split("\n")
      .filter((line) => line.includes('"event":"outbox.attempt"'))
      .map((line) => (JSON.parse(line) as { outboxId: string }).outboxId)
      .filter((id) => ids.includes(id)),
  );
  expect(attemptedBy.flat().sort()).toEqual([...ids].sort());
});
