// The portal's HTTP server (started by scripts/lib/serve.mts): Next.js's documented custom server, for two
// reasons. Next.js gives application code no way to read the address of the TCP connection, and `next start`
// only fills X-Forwarded-For when the client sent none. This server writes the connection's address into a
// private header on every request, replacing whatever a client sent under that name; lib/request-ip.ts reads it.
// And it applies lib/http/request-policy.ts (CSP with its nonce, no-store, the rolling session cookie) to every
// request before Next.js handles it, at a fraction of what Next.js's proxy costs per request (issue 12).
// Plain JavaScript, so it runs without a TypeScript loader in front of Next.js.
//
//   node scripts/lib/portal-server.mjs --port 3000 [--dev]
//
// It stops on SIGTERM or SIGINT, and when the launcher that started it goes away (its IPC channel closes): no new
// connections, requests in flight may finish, then the periodic work and the database (lib/shutdown.ts), exit 0.
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import pino from "pino";

/** Same name as PEER_HEADER in lib/client-ip.ts (tests/e2e/client-ip.desktop.spec.ts fails when they differ). */
const PEER_HEADER = "x-portal-peer";
/** Same key as SHUTDOWN_HOOK in lib/shutdown.ts, which instrumentation.ts fills. */
const SHUTDOWN_HOOK = Symbol.for("klantenportaal.shutdown");
/** Same key as REQUEST_POLICY_HOOK in lib/http/request-policy.ts (security headers, nonce, rolling session). */
const REQUEST_POLICY_HOOK = Symbol.for("klantenportaal.requestPolicy");
/** A dev server compiles instrumentation.ts lazily: how long a first request may wait for the request policy. */
const POLICY_WAIT_MS = 60_000;
/** Docker and systemd send SIGKILL 10 s after SIGTERM; requests in flight get most of that, the rest the clean-up. */
const DRAIN_MS = 6_000;
const STOP_DEADLINE_MS = 9_000;

const { values } = parseArgs({ options: { port: { type: "string", default: "3000" }, dev: { type: "boolean", default: false } } });
const dev = values.dev;
const port = Number(values.port);
// As `next start` / `next dev` do; must be set before Next.js loads.
process.env.NODE_ENV ||= dev ? "development" : "production";

// --- The build's configuration (deploy/Dockerfile). In production Next.js takes the configuration `next build`
// wrote to <distDir>/required-server-files.json instead of loading next.config.ts, as the standalone output's own
// server.js does: a standalone folder (where this file runs in the container) has no next.config.ts and no
// TypeScript. Read from the working directory: the repository, or the standalone folder.
if (!dev) {
  const { existsSync, readFileSync } = await import("node:fs");
  const built = `${process.env.NEXT_DIST_DIR || ".next"}/required-server-files.json`;
  if (existsSync(built)) process.env.__NEXT_PRIVATE_STANDALONE_CONFIG ??= JSON.stringify(JSON.parse(readFileSync(built, "utf8")).config);
}
// ---
// lib/config.ts validates LOG_LEVEL: a bad value stops the server at its configuration check (lib/server-start.ts),
// after this logger, which must not throw first, took the default.
const requestedLevel = process.env.LOG_LEVEL ?? "";
const level = requestedLevel in pino.levels.values || requestedLevel === "silent" ? requestedLevel : "info";
const log = pino({ level, base: { app: "klantenportaal" } });

const { default: next } = await import("next");
const server = createServer();
const app = next({ dev, port, httpServer: server });
const handle = app.getRequestHandler();
let stopping = false;

/** The request policy instrumentation.ts exposes; no answer goes out without it (fails closed with 503). */
async function requestPolicy() {
  for (let waited = 0; !globalThis[REQUEST_POLICY_HOOK] && waited < (dev ? POLICY_WAIT_MS : 0); waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return globalThis[REQUEST_POLICY_HOOK] ?? null;
}

async function answer(req, res) {
  const peer = req.socket.remoteAddress;
  if (peer) req.headers[PEER_HEADER] = peer;
  else delete req.headers[PEER_HEADER];
  // While stopping, a kept-alive connection ends with its current response.
  if (stopping) res.setHeader("Connection", "close");
  const policy = globalThis[REQUEST_POLICY_HOOK] ?? (await requestPolicy());
  if (!policy) {
    log.error({ event: "request.no_policy" }, "the request policy (instrumentation.ts) is not loaded; answering 503");
    res.statusCode = 503;
    res.end();
    return;
  }
  await policy(req, res);
  await handle(req, res);
}

server.on("request", (req, res) => {
  answer(req, res).catch((error) => {
    log.error({ event: "request.failed", method: req.method, error: String(error) }, "failed to handle a request");
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});

server.on("error", (error) => {
  if (error.code === "EADDRINUSE") {
    log.fatal(
      { event: "server.port_in_use", port },
      `PORT: port ${port} is already in use by another program; stop that program or choose another PORT`,
    );
  } else {
    log.fatal(
      { event: "server.listen_failed", port, error: String(error) },
      `PORT: cannot listen on port ${port} (${error.code ?? error.message})`,
    );
  }
  process.exit(1);
});

async function stop(reason) {
  if (stopping) return;
  stopping = true;
  setTimeout(() => {
    log.error({ event: "server.stop_forced" }, `did not stop within ${STOP_DEADLINE_MS / 1000} s; exiting anyway`);
    process.exit(1);
  }, STOP_DEADLINE_MS).unref();
  log.info({ event: "server.stopping", reason }, "stopping: no new connections, finishing requests in flight");
  const closed = new Promise((resolve) => server.close(() => resolve(true)));
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  const drained = await Promise.race([closed, new Promise((resolve) => setTimeout(() => resolve(false), DRAIN_MS))]);
  clearInterval(idle);
  if (!drained) server.closeAllConnections();
  await globalThis[SHUTDOWN_HOOK]?.();
  await app.close();
  log.info({ event: "server.stopped" }, "stopped");
  process.exit(0);
}
process.once("SIGTERM", () => void stop("SIGTERM"));
process.once("SIGINT", () => void stop("SIGINT"));
// Started by the launcher with an IPC channel: if the launcher dies, even by SIGKILL, this server must not live on.
if (process.send) process.once("disconnect", () => void stop("launcher gone"));

await app.prepare();
server.listen(port, () => {
  // What `next start` sets once listening; Next.js uses it for server actions it forwards to itself.
  process.env.__NEXT_PRIVATE_ORIGIN ??= `http://localhost:${port}`;
  log.info({ event: "server.listening", port, dev }, `portal server listening on port ${port}`);
  process.send?.({ event: "listening", port });
});
