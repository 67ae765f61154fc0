// `npm run portal -- …` as the operator runs it: a child process on a fresh embedded database (PGlite in a
// temporary DATA_DIR), checked through its output, exit code and what it left in the database.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/db/client";
import { auditEvents, offices, outbox, users } from "@/db/schema";

let dataDir: string;

function portal(...args: string[]) {
  // The operator's environment, minus anything that would point the command at another database or store.
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(PORTAL_|DATABASE_URL|TEST_DATABASE_URL|DATA_DIR|S3_|AUTH_SECRET|RESEND_|VONAGE_|EMAIL_|SMS_|PORT$)/.test(name),
    ),
  );
  const env: Record<string, string | undefined> = { ...clean, DATA_DIR: dataDir, PORTAL_PUBLIC_URL: "https://portal.example.test" };
  return spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/portal.mts", ...args], {
    env: env as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 90_000,
  });
}

/** Opens the CLI's database after the command exited (PGlite allows one process at a time). */
async function inDatabase<T>(read: (db: Database) => Promise<T>): Promise<T> {
  const handle = await openDatabase({ kind: "pglite", dir: path.join(dataDir, "db") });
  try {
    return await read(handle.db);
  } finally {
    await handle.close();
  }
}

const lockFile = () => path.join(dataDir, "db.lock");

beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "klantenportaal-cli-"));
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe("operator CLI", { timeout: 120_000 }, () => {
  it("office:create creates the office, its first admin and the queued invitation", async () => {
    const result = portal(
      "office:create",
      "--name",
      "Notariaat Van den Berg",
      "--host",
      "Portaal.VandenBerg.nl",
      "--host",
      "vdb.example.test",
      "--admin-email",
      "Admin@VandenBerg.nl",
      "--admin-name",
      "Anna van den Berg",
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Created office "Notariaat Van den Berg" (slug notariaat-van-den-berg');
    expect(result.stdout).toContain("Portal address: https://portaal.vandenberg.nl");
    expect(existsSync(lockFile())).toBe(false);

    await inDatabase(async (db) => {
      const [office] = await db.select().from(offices);
      expect(office).toMatchObject({
        slug: "notariaat-van-den-berg",
        hostnames: ["portaal.vandenberg.nl", "vdb.example.test"],
        requireStaffTwoFactor: true,
      });
      expect(office!.faq).toHaveLength(10);
      expect(office!.faq[0]!.question.nl).toBe("Waarom werken jullie met een portal?");
      const [admin] = await db.select().from(users).where(eq(users.officeId, office!.id));
      expect(admin).toMatchObject({ role: "admin", status: "invited", email: "admin@vandenberg.nl", name: "Anna van den Berg" });
      const [mail] = await db.select().from(outbox).where(eq(outbox.recipient, "admin@vandenberg.nl"));
      expect(mail).toMatchObject({ officeId: office!.id, channel: "email", status: "pending" });
      expect(mail!.data.text).toContain("https://portaal.vandenberg.nl/set-password");
      const events = await db.select({ action: auditEvents.action, actorId: auditEvents.actorId }).from(auditEvents);
      expect(events).toEqual(
        expect.arrayContaining([
          { action: "office.create", actorId: null },
          { action: "staff.invite", actorId: null },
        ]),
      );
    });
  });

  it("office:list prints the offices with hosts and counts", () => {
    const result = portal("office:list");
    expect(result.status).toBe(0);
    const [header, row] = result.stdout.trim().split("\n");
    expect(header).toMatch(/^SLUG\s+NAME\s+HOSTS\s+STAFF\s+CLIENTS\s+DOSSIERS$/);
    expect(row).toMatch(/^notariaat-van-den-berg\s+Notariaat Van den Berg\s+portaal\.vandenberg\.nl,vdb\.example\.test\s+1\s+0\s+0$/);
  });

  it("refuses a duplicate slug or host name with a clear message, and creates nothing", async () => {
    const sameSlug = portal(
      "office:create",
      "--name",
      "Notariaat Van den Berg",
      "--host",
      "ander.example.test",
      "--admin-email",
      "a@b.test",
    );
    expect(sameSlug.status).toBe(1);
    expect(sameSlug.stderr).toContain('--slug: an office with slug "notariaat-van-den-berg" already exists');
    const sameHost = portal("office:create", "--name", "Ander kantoor", "--host", "VDB.example.test", "--admin-email", "a@b.test");
    expect(sameHost.status).toBe(1);
    expect(sameHost.stderr).toContain("--host: vdb.example.test is already used by another office");
    const invalid = portal("office:create", "--name", "Kantoor", "--host", "https://x.test/", "--admin-email", "nope");
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain("--host: Enter one valid host name per line");
    expect(invalid.stderr).toContain("--admin-email:");
    await inDatabase(async (db) => {
      expect(await db.select({ id: offices.id }).from(offices)).toHaveLength(1);
      expect(await db.select({ id: users.id }).from(users)).toHaveLength(1);
    });
  });

  it("staff:create adds an invited staff member; a taken e-mail or unknown office is refused", async () => {
    const created = portal("staff:create", "--office", "notariaat-van-den-berg", "--email", "piet@vandenberg.nl", "--name", "Piet");
    expect(created.status).toBe(0);
    expect(created.stdout).toContain("Invited staff piet@vandenberg.nl");
    const taken = portal("staff:create", "--office", "notariaat-van-den-berg", "--email", "PIET@vandenberg.nl", "--name", "Piet");
    expect(taken.status).toBe(1);
    expect(taken.stderr).toMatch(/^Error: --email: /);
    const unknown = portal("staff:create", "--office", "bestaat-niet", "--email", "x@y.test", "--name", "X");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('there is no office with slug "bestaat-niet"');
    await inDatabase(async (db) => {
      const staff = await db
        .select({ role: users.role, status: users.status })
        .from(users)
        .where(and(eq(users.email, "piet@vandenberg.nl")));
      expect(staff).toEqual([{ role: "staff", status: "invited" }]);
    });
  });

  it("explains its usage: exit 2 for a missing command or an unknown option", () => {
    for (const args of [[], ["office:create", "--nmae", "x"]]) {
      const result = portal(...args);
      expect(result.status).toBe(2);
      expect(result.stdout + result.stderr).toContain("Usage: npm run portal -- <command>");
    }
  });

  it("refuses while a live process holds the embedded database, and takes over a stale lock", () => {
    writeFileSync(lockFile(), `${process.pid}\n`);
    const refused = portal("office:list");
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toBe(`Error: the portal server is running (pid ${process.pid}); stop it first or use DATABASE_URL`);
    expect(existsSync(lockFile())).toBe(true);

    const gone = spawnSync(process.execPath, ["-e", ""]).pid!; // a pid whose process has exited
    writeFileSync(lockFile(), `${gone}\n`);
    const result = portal("office:list");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("notariaat-van-den-berg");
    expect(existsSync(lockFile())).toBe(false);
  });
});
