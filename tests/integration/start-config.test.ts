// `npm start` with a bad configuration stops before doing anything, one line per problem.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function start(env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(PORTAL_|DATABASE_URL|S3_|AUTH_SECRET|RESEND_|VONAGE_|EMAIL_|SMS_|PORT$)/.test(name)),
  );
  return spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.mts"], {
    env: { ...clean, ...env } as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 20_000,
  });
}

describe("npm start with a bad configuration", () => {
  it("exits 1 and names each bad variable", () => {
    const result = start({ PORT: "not-a-port", DATABASE_URL: "mysql://db/portal" });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines[0]).toMatch(/fix these environment variables/);
    expect(lines.filter((line) => line.trim().startsWith("PORT:"))).toHaveLength(1);
    expect(lines.filter((line) => line.trim().startsWith("DATABASE_URL:"))).toHaveLength(1);
  });

  it("refuses production without AUTH_SECRET, with embedded parts and outbox drivers", () => {
    const result = start({ PORTAL_MODE: "production" });
    expect(result.status).toBe(1);
    for (const name of ["AUTH_SECRET", "DATABASE_URL", "S3_ENDPOINT", "EMAIL_DRIVER", "SMS_DRIVER"]) {
      expect(result.stderr).toContain(`  ${name}:`);
    }
  });
});
