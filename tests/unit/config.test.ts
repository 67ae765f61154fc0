import { describe, expect, it } from "vitest";
import { ConfigError, logLevelFromEnvironment, outboxViewerEnabled, parseConfig } from "@/lib/config";

const noSecretFile = { readSecretFile: () => "generated-demo-secret-generated-demo-secret" };

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env, noSecretFile);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseConfig", () => {
  it("runs in demo mode with embedded parts and outbox drivers when nothing is configured", () => {
    const config = parseConfig({}, noSecretFile);
    expect(config.mode).toBe("demo");
    expect(config.port).toBe(3000);
    expect(config.database.kind).toBe("pglite");
    expect(config.storage.embedded).toBe(true);
    expect(config.email.driver).toBe("outbox");
    expect(config.sms.driver).toBe("outbox");
    expect(config.authSecret).toBe("generated-demo-secret-generated-demo-secret");
    expect(outboxViewerEnabled(config)).toBe(true);
  });

  it("logs at info by default and accepts pino's levels only, naming LOG_LEVEL otherwise", () => {
    expect(parseConfig({}, noSecretFile).logLevel).toBe("info");
    expect(parseConfig({ LOG_LEVEL: "debug" }, noSecretFile).logLevel).toBe("debug");
    expect(problemsOf({ LOG_LEVEL: "verbose" })).toEqual([expect.stringMatching(/^LOG_LEVEL: /)]);
  });

  it("names each bad variable on its own line", () => {
    const problems = problemsOf({ PORT: "eighty", DATABASE_URL: "mysql://x", S3_ENDPOINT: "not a url" });
    expect(problems).toHaveLength(3);
    expect(problems.find((p) => p.startsWith("PORT:"))).toBeDefined();
    expect(problems.find((p) => p.startsWith("DATABASE_URL:"))).toBeDefined();
    expect(problems.find((p) => p.startsWith("S3_ENDPOINT:"))).toBeDefined();
    expect(new ConfigError(problems).message.split("\n")).toHaveLength(4);
  });

  it("refuses production with embedded parts, outbox drivers or no AUTH_SECRET", () => {
    const problems = problemsOf({ PORTAL_MODE: "production" });
    for (const name of ["AUTH_SECRET", "DATABASE_URL", "S3_ENDPOINT", "EMAIL_DRIVER", "SMS_DRIVER", "PORTAL_PUBLIC_URL"]) {
      expect(
        problems.some((p) => p.startsWith(`${name}:`)),
        name,
      ).toBe(true);
    }
  });

  it("accepts a complete production configuration and never enables /dev/outbox there", () => {
    const config = parseConfig({
      PORTAL_MODE: "production",
      PORTAL_PUBLIC_URL: "https://portaal.example.nl",
      AUTH_SECRET: "x".repeat(40),
      DATABASE_URL: "postgres://portal@db/portal",
      S3_ENDPOINT: "http://minio:9000",
      S3_PUBLIC_URL: "https://files.example.nl",
      S3_ACCESS_KEY_ID: "key",
      S3_SECRET_ACCESS_KEY: "secret",
      RESEND_API_KEY: "re_123",
      EMAIL_FROM: "Notariaat <portaal@example.nl>",
      VONAGE_API_KEY: "k",
      VONAGE_API_SECRET: "s",
    });
    expect(config.database).toEqual({ kind: "postgres", url: "postgres://portal@db/portal" });
    expect(config.storage.publicEndpoint).toBe("https://files.example.nl");
    expect(config.email.driver).toBe("resend");
    expect(config.sms.driver).toBe("vonage");
    expect(outboxViewerEnabled(config)).toBe(false);
  });

  it("requires the credentials that go with a chosen service", () => {
    const problems = problemsOf({ S3_ENDPOINT: "http://minio:9000", EMAIL_DRIVER: "resend", SMS_DRIVER: "vonage" });
    for (const name of [
      "S3_ACCESS_KEY_ID",
      "S3_SECRET_ACCESS_KEY",
      "RESEND_API_KEY",
      "EMAIL_FROM",
      "VONAGE_API_KEY",
      "VONAGE_API_SECRET",
    ]) {
      expect(
        problems.some((p) => p.startsWith(`${name}:`)),
        name,
      ).toBe(true);
    }
  });

  it("rejects a short AUTH_SECRET", () => {
    expect(problemsOf({ AUTH_SECRET: "short" })).toEqual([expect.stringMatching(/^AUTH_SECRET: /)]);
  });

  it("refuses storage that browsers would reach on the portal's own origin", () => {
    const base = {
      S3_ENDPOINT: "http://minio:9000",
      S3_ACCESS_KEY_ID: "k",
      S3_SECRET_ACCESS_KEY: "s",
      PORTAL_PUBLIC_URL: "https://portal.example.nl",
    };
    expect(problemsOf({ ...base, S3_PUBLIC_URL: "https://portal.example.nl/storage" })).toEqual([
      "S3_PUBLIC_URL: must be another origin (host or port) than PORTAL_PUBLIC_URL",
    ]);
    expect(problemsOf({ ...base, S3_PUBLIC_URL: "https://files.example.nl" })).toEqual([]);
  });

  describe("production", () => {
    const production = {
      PORTAL_MODE: "production",
      AUTH_SECRET: "x".repeat(40),
      DATABASE_URL: "postgres://portal@db/portal",
      S3_ENDPOINT: "http://minio:9000",
      S3_PUBLIC_URL: "https://files.example.nl",
      S3_ACCESS_KEY_ID: "key",
      S3_SECRET_ACCESS_KEY: "secret",
      RESEND_API_KEY: "re_123",
      EMAIL_FROM: "Notariaat <portaal@example.nl>",
      VONAGE_API_KEY: "k",
      VONAGE_API_SECRET: "s",
    };

    it("refuses an http:// PORTAL_PUBLIC_URL (cookies would lose Secure), naming the variable", () => {
      expect(problemsOf({ ...production, PORTAL_PUBLIC_URL: "http://portaal.example.nl" })).toEqual([
        "PORTAL_PUBLIC_URL: must be an https:// address in production (http:// only for localhost)",
      ]);
    });

    it("allows http:// on this machine only", () => {
      for (const url of ["http://localhost:3000", "http://127.0.0.1:3000", "http://[::1]:3000"]) {
        expect(problemsOf({ ...production, PORTAL_PUBLIC_URL: url }), url).toEqual([]);
      }
      expect(problemsOf({ ...production, PORTAL_PUBLIC_URL: "http://127.0.0.1.example.nl" })).toHaveLength(1);
      expect(problemsOf({ PORTAL_PUBLIC_URL: "http://portaal.example.nl" })).toEqual([]); // demo mode
    });
  });

  it("reads TRUSTED_PROXY_HOPS as a whole number ≥ 0, 0 by default", () => {
    expect(parseConfig({}, noSecretFile).trustedProxyHops).toBe(0);
    expect(parseConfig({ TRUSTED_PROXY_HOPS: "2" }, noSecretFile).trustedProxyHops).toBe(2);
    for (const value of ["-1", "1.5", "one"]) {
      expect(problemsOf({ TRUSTED_PROXY_HOPS: value }), value).toEqual([expect.stringMatching(/^TRUSTED_PROXY_HOPS: /)]);
    }
  });

  it("takes an optional HEALTH_TOKEN of at least 32 characters", () => {
    expect(parseConfig({}, noSecretFile).healthToken).toBeUndefined();
    expect(parseConfig({ HEALTH_TOKEN: "h".repeat(32) }, noSecretFile).healthToken).toBe("h".repeat(32));
    expect(problemsOf({ HEALTH_TOKEN: "short" })).toEqual([expect.stringMatching(/^HEALTH_TOKEN: /)]);
  });
});

describe("logLevelFromEnvironment", () => {
  it("reads LOG_LEVEL alone: other bad variables are left for getConfig() to report", () => {
    expect(logLevelFromEnvironment({})).toBe("info");
    expect(logLevelFromEnvironment({ LOG_LEVEL: "warn", PORT: "eighty", PORTAL_MODE: "staging" })).toBe("warn");
    expect(logLevelFromEnvironment({ PORT: "eighty", DATABASE_URL: "mysql://x" })).toBe("info");
  });

  it("falls back to info on a bad LOG_LEVEL instead of throwing when the logger is created", () => {
    expect(logLevelFromEnvironment({ LOG_LEVEL: "verbose" })).toBe("info");
  });
});
