import { parseArgs } from "node:util";
import { loadConfigOrExit } from "../load-config.mts";
import { withDatabase } from "./database.mts";
import { CliError, UsageError } from "./errors.mts";
import { createOffice, listOffices } from "./office-commands.mts";
import { createStaff } from "./staff-command.mts";
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

/** Runs one command; returns the exit code: 0 done, 1 refused or failed, 2 wrong usage. */
export async function main(argv: string[]): Promise<number> {
  try {
    const parsed = parse(argv);
    if (!parsed) {
      console.log(USAGE);
      return argv.length === 0 ? 2 : 0;
    }
    const config = loadConfigOrExit();
    console.log(await withDatabase(config, (db) => parsed.command.run(db, parsed.values)));
    return 0;
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
