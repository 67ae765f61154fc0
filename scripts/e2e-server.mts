// The server Playwright starts: `npm start` on a fresh data folder, and on a fresh database when a
// PostgreSQL server is given, so every e2e run begins from the demo seed (plus a second office, see
// scripts/lib/e2e-fixtures.mts).
import { rmSync } from "node:fs";
import { register } from "node:module";
import postgres from "postgres";

const dataDir = process.env.DATA_DIR ?? ".data/e2e";
const port = process.env.PORT ?? "3210";
rmSync(dataDir, { recursive: true, force: true });

const base = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
if (base) {
  const url = new URL(base);
  const name = `${url.pathname.slice(1) || "portal"}_e2e_${port}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
}
process.env.DATA_DIR = dataDir;

register("./lib/cli/server-only-hook.mjs", import.meta.url);
const { serve } = await import("./lib/serve.mts");
const { seedSecondOffice } = await import("./lib/e2e-fixtures.mts");
await serve({ dev: false, afterPrepare: seedSecondOffice });
