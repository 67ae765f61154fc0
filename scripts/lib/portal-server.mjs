// The portal's HTTP server (started by scripts/lib/serve.mts): Next.js's documented custom server, for one
// reason. Next.js gives application code no way to read the address of the TCP connection, and `next start`
// only fills X-Forwarded-For when the client sent none. This server writes the connection's address into a
// private header on every request, replacing whatever a client sent under that name; lib/request-ip.ts reads it.
// Plain JavaScript, so it runs without a TypeScript loader in front of Next.js.
//
//   node scripts/lib/portal-server.mjs --port 3000 [--dev]
import { createServer } from "node:http";
import { parseArgs } from "node:util";

/** Same name as PEER_HEADER in lib/client-ip.ts (tests/e2e/client-ip.desktop.spec.ts fails when they differ). */
const PEER_HEADER = "x-portal-peer";

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

const { default: next } = await import("next");
const server = createServer();
const app = next({ dev, port, httpServer: server });
const handle = app.getRequestHandler();
await app.prepare();

server.on("request", (req, res) => {
  const peer = req.socket.remoteAddress;
  if (peer) req.headers[PEER_HEADER] = peer;
  else delete req.headers[PEER_HEADER];
  handle(req, res).catch((error) => {
    console.error(`Failed to handle ${req.method} ${req.url}`, error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});

server.listen(port, () => {
  // What `next start` sets once listening; Next.js uses it for server actions it forwards to itself.
  process.env.__NEXT_PRIVATE_ORIGIN ??= `http://localhost:${port}`;
  console.log(`> Portal server listening on port ${port}${dev ? " (development)" : ""}`);
});

function stop() {
  server.close();
  app.close().finally(() => process.exit(0));
  // Open keep-alive connections must not hold the process.
  server.closeAllConnections();
}
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
