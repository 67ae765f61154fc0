// Every environment variable the portal reads is parsed here, once. Nothing else reads process.env.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { DatabaseTarget } from "@/db/client";

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const optionalUrl = optionalText.pipe(z.url({ protocol: /^https?$/ }).optional());

const port = z.coerce.number().int().min(1).max(65535);

/** pino's levels; `silent` logs nothing. */
export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
const logLevel = z.enum(LOG_LEVELS).default("info");

const envSchema = z.object({
  PORTAL_MODE: z.enum(["demo", "production"]).default("demo"),
  PORT: port.default(3000),
  PORTAL_PUBLIC_URL: optionalUrl,
  PORTAL_DEFAULT_OFFICE: optionalText,
  PORTAL_WORKER: z.enum(["inline", "off"]).default("inline"),
  TRUSTED_PROXY_HOPS: z.coerce
    .number({ error: "must be a whole number ≥ 0" })
    .int("must be a whole number ≥ 0")
    .min(0, "must be a whole number ≥ 0")
    .max(10)
    .default(0),
  HEALTH_TOKEN: optionalText.pipe(z.string().min(32, "must be at least 32 characters").optional()),
  NOTIFY_BATCH_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  LOG_LEVEL: logLevel,
  DATA_DIR: z.string().trim().min(1).default(".data"),
  AUTH_SECRET: optionalText.pipe(z.string().min(32, "must be at least 32 characters").optional()),

  DATABASE_URL: optionalText.pipe(z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL" }).optional()),

  S3_ENDPOINT: optionalUrl,
  S3_PUBLIC_URL: optionalUrl,
  S3_REGION: z.string().trim().min(1).default("us-east-1"),
  S3_BUCKET: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be a valid bucket name")
    .default("klantenportaal"),
  S3_ACCESS_KEY_ID: optionalText,
  S3_SECRET_ACCESS_KEY: optionalText,
  S3_EMBEDDED_PORT: port.default(9310),

  EMAIL_DRIVER: z.enum(["outbox", "resend"]).optional(),
  EMAIL_FROM: optionalText,
  RESEND_API_KEY: optionalText,
  RESEND_BASE_URL: optionalUrl,

  SMS_DRIVER: z.enum(["outbox", "vonage"]).optional(),
  SMS_FROM: optionalText,
  VONAGE_API_KEY: optionalText,
  VONAGE_API_SECRET: optionalText,
  VONAGE_REST_HOST: optionalUrl,
});

type Env = z.infer<typeof envSchema>;

/** The names of the variables parsed here (`.env.example` lists them). */
export const ENV_VARIABLES = Object.keys(envSchema.shape);

export type Config = {
  mode: "demo" | "production";
  port: number;
  publicUrl: string;
  defaultOffice: string | undefined;
  /** inline: `npm start` also delivers mail and cleans up; off: a separate `npm run worker` does. */
  worker: "inline" | "off";
  /**
   * How many proxies in front of the portal each append the address they received the request from to
   * X-Forwarded-For (lib/request-ip.ts). 0: no forwarded header is trusted, the connection's address counts.
   */
  trustedProxyHops: number;
  /** Bearer token that unlocks the details of /api/health for monitors that are not on the loopback address. */
  healthToken: string | undefined;
  /** Notices of new documents/messages to one client within this many seconds become one e-mail. */
  notifyBatchSeconds: number;
  /** Level of the JSON log lines of lib/log.ts (which reads it with logLevelFromEnvironment). */
  logLevel: LogLevel;
  dataDir: string;
  authSecret: string;
  database: DatabaseTarget;
  storage: {
    embedded: boolean;
    endpoint: string;
    publicEndpoint: string;
    region: string;
    bucket: string;
    accessKeyId: string;
    secretAccessKey: string;
    embeddedPort: number;
    embeddedDir: string;
  };
  email: { driver: "outbox"; from: string } | { driver: "resend"; from: string; apiKey: string; baseUrl: string | undefined };
  sms:
    | { driver: "outbox"; from: string }
    | { driver: "vonage"; from: string; apiKey: string; apiSecret: string; restHost: string | undefined };
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Pure: turns an environment into a Config or throws a ConfigError listing one line per problem. */
export function parseConfig(
  source: Record<string, string | undefined>,
  options: { readSecretFile?: (dataDir: string) => string } = {},
): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`));
  }
  const env = parsed.data;
  const problems: string[] = [];
  const production = env.PORTAL_MODE === "production";
  const dataDir = path.resolve(env.DATA_DIR);

  const storageEmbedded = !env.S3_ENDPOINT;
  if (!storageEmbedded && (!env.S3_ACCESS_KEY_ID || !env.S3_SECRET_ACCESS_KEY)) {
    if (!env.S3_ACCESS_KEY_ID) problems.push("S3_ACCESS_KEY_ID: required when S3_ENDPOINT is set");
    if (!env.S3_SECRET_ACCESS_KEY) problems.push("S3_SECRET_ACCESS_KEY: required when S3_ENDPOINT is set");
  }
  const embeddedEndpoint = `http://127.0.0.1:${env.S3_EMBEDDED_PORT}`;

  const emailDriver = env.EMAIL_DRIVER ?? (env.RESEND_API_KEY ? "resend" : "outbox");
  if (emailDriver === "resend" && !env.RESEND_API_KEY) {
    problems.push("RESEND_API_KEY: required when EMAIL_DRIVER is resend");
  }
  if (emailDriver === "resend" && !env.EMAIL_FROM) {
    problems.push("EMAIL_FROM: required when e-mail is sent through Resend");
  }
  const smsDriver = env.SMS_DRIVER ?? (env.VONAGE_API_KEY ? "vonage" : "outbox");
  if (smsDriver === "vonage" && (!env.VONAGE_API_KEY || !env.VONAGE_API_SECRET)) {
    if (!env.VONAGE_API_KEY) problems.push("VONAGE_API_KEY: required when SMS_DRIVER is vonage");
    if (!env.VONAGE_API_SECRET) problems.push("VONAGE_API_SECRET: required when SMS_DRIVER is vonage");
  }

  if (production) {
    if (!env.AUTH_SECRET) problems.push("AUTH_SECRET: required in production (openssl rand -base64 33)");
    if (!env.DATABASE_URL) problems.push("DATABASE_URL: required in production (the embedded database is for demos)");
    if (storageEmbedded) problems.push("S3_ENDPOINT: required in production (the embedded S3 server is for demos)");
    if (emailDriver === "outbox") problems.push("EMAIL_DRIVER: the outbox driver is not allowed in production (set RESEND_API_KEY)");
    if (smsDriver === "outbox")
      problems.push("SMS_DRIVER: the outbox driver is not allowed in production (set VONAGE_API_KEY and VONAGE_API_SECRET)");
    if (!env.PORTAL_PUBLIC_URL) problems.push("PORTAL_PUBLIC_URL: required in production (https address of the portal)");
    else if (!servedSecurely(env.PORTAL_PUBLIC_URL)) {
      // Over http the session cookies lose their Secure flag and __Secure- name (lib/auth/next-auth.ts).
      problems.push("PORTAL_PUBLIC_URL: must be an https:// address in production (http:// only for localhost)");
    }
  }
  const storagePublic = env.S3_PUBLIC_URL ?? env.S3_ENDPOINT;
  if (env.PORTAL_PUBLIC_URL && storagePublic && new URL(storagePublic).origin === new URL(env.PORTAL_PUBLIC_URL).origin) {
    // Previews ("Bekijken") open files from storage; on the portal's own origin a file could act as the portal.
    problems.push(`${env.S3_PUBLIC_URL ? "S3_PUBLIC_URL" : "S3_ENDPOINT"}: must be another origin (host or port) than PORTAL_PUBLIC_URL`);
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const authSecret = env.AUTH_SECRET ?? (options.readSecretFile ?? readOrCreateDemoSecret)(dataDir);
  const s3Endpoint = env.S3_ENDPOINT ?? embeddedEndpoint;

  return {
    mode: env.PORTAL_MODE,
    port: env.PORT,
    publicUrl: (env.PORTAL_PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
    defaultOffice: env.PORTAL_DEFAULT_OFFICE,
    worker: env.PORTAL_WORKER,
    trustedProxyHops: env.TRUSTED_PROXY_HOPS,
    healthToken: env.HEALTH_TOKEN,
    notifyBatchSeconds: env.NOTIFY_BATCH_SECONDS,
    logLevel: env.LOG_LEVEL,
    dataDir,
    authSecret,
    database: env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dir: path.join(dataDir, "db") },
    storage: {
      embedded: storageEmbedded,
      endpoint: s3Endpoint,
      publicEndpoint: env.S3_PUBLIC_URL ?? s3Endpoint,
      region: env.S3_REGION,
      bucket: env.S3_BUCKET,
      accessKeyId: env.S3_ACCESS_KEY_ID ?? "S3RVER",
      secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? "S3RVER",
      embeddedPort: env.S3_EMBEDDED_PORT,
      embeddedDir: path.join(dataDir, "s3"),
    },
    email:
      emailDriver === "resend"
        ? { driver: "resend", from: env.EMAIL_FROM!, apiKey: env.RESEND_API_KEY!, baseUrl: env.RESEND_BASE_URL }
        : { driver: "outbox", from: env.EMAIL_FROM ?? "Klantenportaal <portal@localhost>" },
    sms:
      smsDriver === "vonage"
        ? {
            driver: "vonage",
            from: env.SMS_FROM ?? "Portaal",
            apiKey: env.VONAGE_API_KEY!,
            apiSecret: env.VONAGE_API_SECRET!,
            restHost: env.VONAGE_REST_HOST,
          }
        : { driver: "outbox", from: env.SMS_FROM ?? "Portaal" },
  };
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** https, or http on this machine only (a production build tried out locally). */
function servedSecurely(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === "https:" || LOCAL_HOSTS.has(hostname);
}

/** Demo mode keeps a generated secret under the data folder so sessions survive restarts. */
function readOrCreateDemoSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(33).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export type { Env };

const globalForConfig = globalThis as unknown as { portalConfig?: Config };

/** The process-wide configuration, parsed on first use (never at build time). */
export function getConfig(): Config {
  globalForConfig.portalConfig ??= parseConfig(process.env);
  return globalForConfig.portalConfig;
}

/**
 * LOG_LEVEL alone, and never throwing: lib/log.ts creates its logger when it is imported, before the start-up
 * code calls getConfig() and prints every bad variable. A bad LOG_LEVEL counts as the default here; getConfig()
 * reports it like any other.
 */
export function logLevelFromEnvironment(source: Record<string, string | undefined> = process.env): LogLevel {
  const parsed = logLevel.safeParse(source.LOG_LEVEL);
  return parsed.success ? parsed.data : "info";
}

/** True when e-mail or SMS are kept in the outbox instead of being sent: the /dev/outbox page exists only then. */
export function outboxViewerEnabled(config: Config = getConfig()): boolean {
  return config.mode !== "production" && (config.email.driver === "outbox" || config.sms.driver === "outbox");
}
