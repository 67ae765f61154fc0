// `npm start` (and `npm run dev` with --dev): see scripts/lib/serve.mts.
import { serve } from "./lib/serve.mts";

await serve({ dev: process.argv.includes("--dev") });
