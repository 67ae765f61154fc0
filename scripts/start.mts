// `npm start` (and `npm run dev` with --dev): see scripts/lib/serve.mts.
import { register } from "node:module";
import { loadEnvironmentFiles } from "./lib/env-files.mts";

const dev = process.argv.includes("--dev");
loadEnvironmentFiles({ dev });
// Library modules import "server-only", which throws outside Next.js: see the hook.
register("./lib/cli/server-only-hook.mjs", import.meta.url);
const { serve } = await import("./lib/serve.mts");
await serve({ dev });
