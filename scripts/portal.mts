// `npm run portal -- <command>`: the operator CLI (create an office and its first admin, add staff, list
// offices). See scripts/lib/cli/main.mts for the commands.
import { register } from "node:module";
import { loadEnvironmentFiles } from "./lib/env-files.mts";

loadEnvironmentFiles({ dev: false });
// Before anything imports lib/: see the hook for why.
register("./lib/cli/server-only-hook.mjs", import.meta.url);
const { main } = await import("./lib/cli/main.mts");
process.exit(await main(process.argv.slice(2)));
