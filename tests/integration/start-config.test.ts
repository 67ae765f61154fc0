// `npm start` with a bad configuration stops before doing anything, one log line per problem.
import { describe, expect, it } from "vitest";
import { runScript } from "../support/start-process";

const start = (env: Record<string, string>) => runScript("start.mts", [], env);
const problems = (result: Awaited<ReturnType<typeof start>>) =>
  result.lines.filter((line) => line.event === "start.bad_variable").map((line) => line.msg);

describe("npm start with a bad configuration", { timeout: 60_000 }, () => {
  it("exits 1 and names each bad variable", async () => {
    const result = await start({ PORT: "not-a-port", DATABASE_URL: "mysql://db/portal" });
    expect(result.status).toBe(1);
    expect(problems(result).filter((line) => line.startsWith("PORT:"))).toHaveLength(1);
    expect(problems(result).filter((line) => line.startsWith("DATABASE_URL:"))).toHaveLength(1);
    expect(result.lines.every((line) => line.level === 60)).toBe(true);
  });

  it("refuses production without AUTH_SECRET, with embedded parts and outbox drivers", async () => {
    const result = await start({ PORTAL_MODE: "production" });
    expect(result.status).toBe(1);
    for (const name of ["AUTH_SECRET", "DATABASE_URL", "S3_ENDPOINT", "EMAIL_DRIVER", "SMS_DRIVER"]) {
      expect(problems(result).some((line) => line.startsWith(`${name}:`))).toBe(true);
    }
  });
});
