// The deploy kit (deploy/, README "Deploy") cannot run here (no container engine): these checks read it. The compose
// file's portal environment must be variables lib/config.ts reads, and with the values of deploy/.env.example (the
// secrets filled in) a production configuration it accepts; the services must wait for each other; the Dockerfile,
// Caddyfile and systemd unit must keep the properties README promises. tests/e2e/standalone.desktop.spec.ts runs
// the Dockerfile's last stage.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ENV_VARIABLES, parseConfig } from "@/lib/config";

const deploy = (file: string) => path.resolve(__dirname, "../../deploy", file);
const read = (file: string) => readFileSync(deploy(file), "utf8");

type Service = {
  build?: { context: string; dockerfile: string; target?: string };
  image?: string;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }> | string[];
  healthcheck?: { test: string[] };
  ports?: string[];
  volumes?: string[];
  command?: string[] | string;
  profiles?: string[];
};
const compose = parse(read("compose.yaml")) as { services: Record<string, Service> };
const services = compose.services;
const portal = services.portal!;
const portalEnv = portal.environment!;

/** Compose's interpolation: ${VAR}, ${VAR:-default}, ${VAR:?message}; $$ is a literal $. */
function interpolate(text: string, values: Record<string, string>): string {
  return text.replace(/\$\$|\$\{([A-Z0-9_]+)(?::([-?])([^}]*))?\}/g, (match, name?: string, kind?: string, rest?: string) => {
    if (!name) return "$";
    const value = values[name];
    if (value) return value;
    if (kind === "?") throw new Error(`${name} is required: ${rest}`);
    return kind === "-" ? rest! : "";
  });
}

/** deploy/.env.example's lines, with the empty ones (the secrets) filled in as an operator would. */
function exampleValues(): Record<string, string> {
  const lines = [...read(".env.example").matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)];
  const fill: Record<string, string> = { EMAIL_FROM: "Notariaat <portaal@example.nl>" };
  return Object.fromEntries(lines.map(([, name, value]) => [name!, value || fill[name!] || randomBytes(24).toString("hex")]));
}

/** Every ${VAR…} the compose file's values use (comments aside). */
const strings = (value: unknown): string[] =>
  typeof value === "string" ? [value] : typeof value === "object" && value !== null ? Object.values(value).flatMap(strings) : [];
const referenced = strings(compose).flatMap((text) => [...text.matchAll(/(?<!\$)\$\{([A-Z0-9_]+)/g)].map((match) => match[1]!));

describe("deploy/compose.yaml", () => {
  it("gives the portal only variables lib/config.ts reads", () => {
    // LOG_LEVEL joined lib/config.ts late (it was lib/log.ts's alone); accepted either way.
    const known = new Set([...ENV_VARIABLES, "LOG_LEVEL"]);
    expect(Object.keys(portalEnv).filter((name) => !known.has(name))).toEqual([]);
  });

  it("runs the portal in production behind one proxy, with everything production requires", () => {
    expect(portalEnv.PORTAL_MODE).toBe("production");
    expect(portalEnv.TRUSTED_PROXY_HOPS).toBe("1");
    for (const name of [
      "AUTH_SECRET",
      "PORTAL_PUBLIC_URL",
      "DATABASE_URL",
      "S3_ENDPOINT",
      "S3_PUBLIC_URL",
      "S3_ACCESS_KEY_ID",
      "S3_SECRET_ACCESS_KEY",
      "RESEND_API_KEY",
      "EMAIL_FROM",
      "VONAGE_API_KEY",
      "VONAGE_API_SECRET",
    ]) {
      expect(portalEnv[name], name).toBeTruthy();
    }
  });

  it("holds no secret: each is a required variable of deploy/.env, which deploy/.env.example names without a value", () => {
    const secrets = {
      AUTH_SECRET: portalEnv.AUTH_SECRET,
      S3_SECRET_ACCESS_KEY: portalEnv.S3_SECRET_ACCESS_KEY,
      RESEND_API_KEY: portalEnv.RESEND_API_KEY,
      VONAGE_API_SECRET: portalEnv.VONAGE_API_SECRET,
      POSTGRES_PASSWORD: services.postgres!.environment!.POSTGRES_PASSWORD,
      MINIO_ROOT_PASSWORD: services.minio!.environment!.MINIO_ROOT_PASSWORD,
    };
    for (const [name, value] of Object.entries(secrets)) expect(value, name).toMatch(/^\$\{[A-Z0-9_]+:\?[^}]*\}$/);
    expect(portalEnv.DATABASE_URL).toContain("${POSTGRES_PASSWORD:?}");
    // Optional ones as a commented line.
    const named = [...read(".env.example").matchAll(/^(?:# )?([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]);
    for (const name of new Set(referenced)) expect(named, `${name} in deploy/.env.example`).toContain(name);
    for (const name of ["AUTH_SECRET", "POSTGRES_PASSWORD", "MINIO_ROOT_PASSWORD", "RESEND_API_KEY", "VONAGE_API_SECRET"]) {
      expect(read(".env.example")).toMatch(new RegExp(`^${name}=$`, "m"));
    }
  });

  it("with deploy/.env.example's values and the secrets filled in, is a production configuration lib/config.ts accepts", () => {
    const values = exampleValues();
    const env = Object.fromEntries(Object.entries(portalEnv).map(([name, value]) => [name, interpolate(String(value), values)]));
    const config = parseConfig(env);
    expect(config.mode).toBe("production");
    expect(config.publicUrl).toBe(`https://${values.PORTAL_HOST}`);
    expect(config.storage.publicEndpoint).toBe(`https://${values.FILES_HOST}`);
    expect(config.database).toEqual({ kind: "postgres", url: expect.stringMatching(/@postgres:5432\/portal$/) });
    expect(() => interpolate(String(portalEnv.AUTH_SECRET), { ...values, AUTH_SECRET: "" })).toThrow(/AUTH_SECRET is required/);
  });

  it("starts the portal once PostgreSQL is healthy and the bucket is set up, and only the proxy reaches it", () => {
    expect(portal.depends_on).toEqual({
      postgres: { condition: "service_healthy" },
      "bucket-init": { condition: "service_completed_successfully" },
    });
    expect(services.postgres!.healthcheck!.test.join(" ")).toContain("pg_isready");
    expect(services.postgres!.volumes!.some((volume) => volume.endsWith(":/var/lib/postgresql/data"))).toBe(true);
    expect(services.minio!.volumes!.some((volume) => volume.endsWith(":/data"))).toBe(true);
    expect(portal.ports).toBeUndefined();
    expect(portal.build).toEqual({ context: "..", dockerfile: "deploy/Dockerfile" });
    expect(existsSync(path.resolve(deploy("."), portal.build!.context, portal.build!.dockerfile))).toBe(true);
  });

  it("creates the bucket and lets the portal's origin upload and download (README: Storage CORS)", () => {
    const script = [services["bucket-init"]!.command].flat().join("\n");
    const bucket = "${S3_BUCKET:-klantenportaal}";
    expect(services["bucket-init"]!.environment!.BUCKET).toBe(bucket);
    expect(portalEnv.S3_BUCKET).toBe(bucket);
    expect(script).toContain('mc mb --ignore-existing "store/$$BUCKET"');
    for (const rule of [
      "<AllowedOrigin>$$PORTAL_ORIGIN</AllowedOrigin>",
      "<AllowedMethod>PUT</AllowedMethod>",
      "<AllowedMethod>GET</AllowedMethod>",
      "<AllowedMethod>HEAD</AllowedMethod>",
      "<AllowedHeader>Content-Type</AllowedHeader>",
      "<ExposeHeader>ETag</ExposeHeader>",
    ]) {
      expect(script).toContain(rule);
    }
    expect(script).toContain('mc cors set "store/$$BUCKET"');
    // The origin allowed is the portal's public address, in the bucket rule and in MinIO's own (global) CORS.
    expect(services["bucket-init"]!.environment!.PORTAL_ORIGIN).toBe(portalEnv.PORTAL_PUBLIC_URL);
    expect(services.minio!.environment!.MINIO_API_CORS_ALLOW_ORIGIN).toBe(portalEnv.PORTAL_PUBLIC_URL);
  });

  it("runs the CLI on demand with the portal's environment, and Caddy with deploy/Caddyfile", () => {
    const cli = services["portal-cli"]!;
    expect(cli.environment).toEqual(portalEnv);
    expect(cli.profiles).toEqual(["cli"]);
    expect(cli.build?.target).toBe("cli");
    const caddy = services.caddy!;
    expect(caddy.volumes).toContain("./Caddyfile:/etc/caddy/Caddyfile:ro");
    expect(caddy.environment).toMatchObject({ PORTAL_UPSTREAM: "portal:3000", FILES_UPSTREAM: "minio:9000" });
    expect(caddy.ports).toEqual(expect.arrayContaining(["80:80", "443:443"]));
  });
});

describe("deploy/Dockerfile", () => {
  const dockerfile = read("Dockerfile").replace(/\\\n/g, " ");
  const stages = dockerfile.split(/^FROM\s+/m).slice(1);
  const runtime = stages.at(-1)!;

  it("builds in stages, with a CLI stage, and ends with the server's", () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    expect(stages.map((stage) => stage.match(/^\S+\s+AS\s+(\S+)/i)?.[1])).toEqual(expect.arrayContaining(["build", "cli", "runtime"]));
    expect(stages.find((stage) => /^\S+\s+AS\s+cli\b/i.test(stage))).toMatch(/ENTRYPOINT \[.*"scripts\/portal\.mts"\]/);
  });

  it("runs the server as a user other than root, through portal-server.mjs, with a HEALTHCHECK on /api/health", () => {
    const user = runtime.match(/^USER\s+(\S+)/m)?.[1];
    expect(user).toBeTruthy();
    expect(["root", "0", "0:0"]).not.toContain(user);
    expect(runtime).toMatch(/^HEALTHCHECK .*CMD .*http:\/\/127\.0\.0\.1:3000\/api\/health/m);
    expect(runtime).toMatch(/^CMD \["node", "scripts\/lib\/portal-server\.mjs"/m);
    expect(runtime).toMatch(/^COPY --from=build .*\/app\/\.next\/standalone \.\/$/m);
  });

  it("leaves secrets and local state out of the build context", () => {
    const ignore = read("Dockerfile.dockerignore").split("\n");
    for (const entry of ["**/node_modules", ".next*", ".data", "**/.env"]) expect(ignore).toContain(entry);
  });
});

describe("deploy/Caddyfile and deploy/klantenportaal.service", () => {
  it("Caddy terminates TLS for both hosts, passes Host and overwrites X-Forwarded-For and X-Forwarded-Host", () => {
    const caddyfile = read("Caddyfile");
    expect(caddyfile).toMatch(/^\{\$PORTAL_HOST\} \{$/m);
    expect(caddyfile).toMatch(/^\{\$FILES_HOST\} \{$/m);
    expect(caddyfile).toMatch(/^\s*header_up Host \{host\}$/m);
    expect(caddyfile).toMatch(/^\s*header_up X-Forwarded-Host \{host\}$/m);
    expect(caddyfile).toMatch(/^\s*header_up X-Forwarded-For \{remote_host\}$/m);
  });

  it("systemd runs the image's command as a service user, with the environment file, and restarts on failure", () => {
    const unit = read("klantenportaal.service");
    const setting = (name: string) => unit.match(new RegExp(`^${name}=(.*)$`, "m"))?.[1];
    expect(setting("User")).toBeTruthy();
    expect(setting("User")).not.toBe("root");
    expect(setting("EnvironmentFile")).toMatch(/^\//);
    expect(setting("Restart")).toBe("on-failure");
    expect(setting("KillSignal")).toBe("SIGTERM");
    expect(Number(setting("TimeoutStopSec"))).toBeGreaterThanOrEqual(10);
    expect(setting("ExecStart")).toMatch(/\/node scripts\/lib\/portal-server\.mjs --port 3000$/);
    // V8's JIT needs writable executable memory.
    expect(setting("MemoryDenyWriteExecute")).toBeUndefined();
  });
});
