// Points the process-wide config, database and storage (the ones pages and route handlers use) at test parts.
import { type DatabaseHandle } from "@/db/client";
import { setProcessDatabase } from "@/lib/db";

type Globals = { portalConfig?: unknown; portalStorage?: unknown };

export function configureProcess(env: Record<string, string | undefined>, database?: DatabaseHandle): void {
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  const globals = globalThis as unknown as Globals;
  globals.portalConfig = undefined;
  globals.portalStorage = undefined;
  if (database) setProcessDatabase(database);
}
