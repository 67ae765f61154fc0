import { parseArgs } from "node:util";
import { loadConfigOrExit } from "../load-config.mts";
import { withDatabase } from "./database.mts";
import { CliError, UsageError } from "./errors.mts";
import { createOffice, listOffices } from "./office-commands.mts";
import { createStaff } from "./staff-command.mts";
import { verifyStorage } from "./storage-verify-command.mts";
import { cleanUploads } from "./uploads-command.mts";

export const USAGE = `Usage: npm run portal -- <command> [options]

Commands:
  office:create --name <name> --host <host name> --admin-email <e-mail>
                [--admin-name <name>] [--slug <slug>] [--locale nl|en]
      Creates an office and its first admin, and queues the admin's invitation e-mail.
      Repeat --host for more host names; the first is used in links in e-mails.
      --locale is the admin's language (default nl); the slug defaults to one made from the name.
  office:list
      Lists the offices with their host names and numbers of staff, clients and dossiers.
  staff:create --office <slug> --email <e-mail> --name <name> [--role staff|admin] [--locale nl|en]
      Creates a staff member (or admin) of an office and queues the invitation e-mail.
  uploads:cleanup
      Deletes uploads that were never sent (object and row) once they are 24 hours old. The server also
      does this every hour; run it by hand or from cron when the server runs elsewhere.
  storage:verify
      Compares the bucket with the database, e.g. after a restore, and lists
      - rows whose object is missing: the kind (document, attachment: a file sent with a message, logo, or
        upload: a file checked but not yet sent), the row id (the office's id for a logo), its office and the key;
      - objects no row owns: key, size, last modified and the office the key names.
      Uploads in progress are no finding (their row is written before the object; a pending upload's object is
      not expected yet), and whatever the first look finds must still be there a second look later, so it can
      run while the portal runs. Reports only and deletes nothing; uploads:cleanup removes abandoned uploads.
      Exit code 0 when the bucket and the database match, 1 when it found something (or could not run).

Uses DATABASE_URL when set, else the embedded database under DATA_DIR (only while the portal server is stopped).`;

const commands = {
  "office:create": {
    options: {
      name: { type: "string" },
      host: { type: "string", multiple: true },
      "admin-email": { type: "string" },
      "admin-name": { type: "string" },
      slug: { type: "string" },
      locale: { type: "string" },
    },
    run: createOffice,
  },
  "office:list": { options: {}, run: listOffices },
  "staff:create": {
    options: {
      office: { type: "string" },
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      locale: { type: "string" },
    },
    run: createStaff,
  },
  "uploads:cleanup": { options: {}, run: cleanUploads },
  "storage:verify": { options: {}, run: verifyStorage },
} as const;

function parse(argv: string[]) {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") return null;
  if (!Object.hasOwn(commands, name)) throw new UsageError(`unknown command "${name}"`);
  const command = commands[name as keyof typeof commands];
  try {
    const { values } = parseArgs({ args: rest, options: command.options, strict: true, allowPositionals: false });
    return { command, values: values as Record<string, never> };
  } catch (error) {
    // node:util reports unknown options and missing values in plain words ("Unknown option '--nmae'").
    throw new UsageError((error as Error).message);
  }
}

/** Runs one command; returns the exit code: 0 done, 1 refused, failed or (storage:verify) found problems, 2 wrong usage. */
export async function main(argv: string[]): Promise<number> {
  try {
    const parsed = parse(argv);
    if (!parsed) {
      console.log(USAGE);
      return argv.length === 0 ? 2 : 0;
    }
    const config = loadConfigOrExit();
    // A command prints its text; one that reports problems (storage:verify) also chooses the exit code.
    const outcome = await withDatabase<string | { output: string; exitCode: number }>(config, (db) =>
      parsed.command.run(db, parsed.values),
    );
    if (typeof outcome === "string") {
      console.log(outcome);
      return 0;
    }
    console.log(outcome.output);
    return outcome.exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`Error: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof CliError) {
      console.error(`Error: ${error.message}`);
      return 1;
    }
    console.error("Error: the command failed unexpectedly.", error);
    return 1;
  }
}
