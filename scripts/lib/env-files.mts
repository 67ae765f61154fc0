// Every process of the portal (the launcher, the web server, `npm run worker`, the CLI) reads the same `.env*` files
// the way Next.js does (@next/env: `.env.$mode.local`, `.env.local`, `.env.$mode`, `.env`; variables already in the
// environment win). Imported before lib/ is, so lib/config.ts and lib/log.ts see the result.
import nextEnv from "@next/env";

let loaded: string[] = [];

export function loadEnvironmentFiles({ dev }: { dev: boolean }): void {
  const quiet = { info: () => {}, error: () => {} };
  loaded = nextEnv.loadEnvConfig(process.cwd(), dev, quiet).loadedEnvFiles.map((file) => file.path);
}

/** The files the last load read, for the start-up log line. */
export function loadedEnvironmentFiles(): string[] {
  return loaded;
}
