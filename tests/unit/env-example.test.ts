// .env.example is the operator's list of every variable: it must name exactly what the portal reads, so a
// variable added to lib/config.ts without a line there (or a line for one that is gone) fails here.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, ENV_VARIABLES, parseConfig } from "@/lib/config";

const example = readFileSync(path.resolve(__dirname, "../../.env.example"), "utf8");

describe(".env.example", () => {
  it("names every variable lib/config.ts reads, and no other", () => {
    const named = [...example.matchAll(/^(?:# )?([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]);
    expect(new Set(named).size).toBe(named.length);
    expect([...named].sort()).toEqual([...ENV_VARIABLES].sort());
  });

  it("holds no secret: every key, password and token is left empty and commented out", () => {
    for (const name of ["AUTH_SECRET", "HEALTH_TOKEN", "S3_SECRET_ACCESS_KEY", "RESEND_API_KEY", "VONAGE_API_SECRET"]) {
      expect(example).toMatch(new RegExp(`^# ${name}=$`, "m"));
    }
  });

  it("sets nothing to an empty value: an empty line in an environment file would not mean 'the default'", () => {
    expect(example).not.toMatch(/^[A-Z][A-Z0-9_]*=$/m);
  });

  it("as it stands, is a production configuration that asks only for the secrets", () => {
    const env = Object.fromEntries([...example.matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((match) => [match[1]!, match[2]!]));
    let problems: string[] = [];
    try {
      parseConfig(env);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems = error.problems;
    }
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => /AUTH_SECRET|S3_ACCESS_KEY_ID|S3_SECRET_ACCESS_KEY|EMAIL|RESEND|SMS|VONAGE/.test(problem))).toBe(
      true,
    );
    // With the secrets filled in it is accepted.
    const filled = {
      ...env,
      AUTH_SECRET: "x".repeat(40),
      S3_ACCESS_KEY_ID: "portal",
      S3_SECRET_ACCESS_KEY: "y".repeat(40),
      RESEND_API_KEY: "re_test",
      EMAIL_FROM: "Notariaat <portaal@example.nl>",
      VONAGE_API_KEY: "key",
      VONAGE_API_SECRET: "secret",
      SMS_FROM: "Notariaat",
    };
    expect(parseConfig(filled).mode).toBe("production");
  });
});
