import { eq } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { offices } from "../../../db/schema";
import { createStaffAccount } from "../../../lib/staff/create";
import { createStaffSchema } from "../../../lib/staff/schema";
import { CliError, fromUserError, invalidOptions } from "./errors.mts";

export type CreateStaffOptions = { office?: string; email?: string; name?: string; role?: string; locale?: string };

/** staff:create — a staff member or admin of an existing office, invited like from the staff page. */
export async function createStaff(db: Database, options: CreateStaffOptions): Promise<string> {
  if (!options.office) throw new CliError("--office: give the slug of the office (see office:list)");
  const parsed = createStaffSchema.safeParse({
    name: options.name ?? "",
    email: options.email ?? "",
    role: options.role ?? "staff",
    locale: options.locale ?? "nl",
  });
  if (!parsed.success) throw invalidOptions(parsed.error, { name: "--name", email: "--email", role: "--role", locale: "--locale" });

  const [office] = await db.select({ id: offices.id, name: offices.name }).from(offices).where(eq(offices.slug, options.office)).limit(1);
  if (!office) throw new CliError(`--office: there is no office with slug "${options.office}" (see office:list)`);
  await db
    .transaction((tx) => createStaffAccount(tx, { officeId: office.id, actorId: null, ip: null, input: parsed.data }))
    .catch((error: unknown) => fromUserError(error, { email: "--email" }));
  return `Invited ${parsed.data.role} ${parsed.data.email} to "${office.name}": the invitation e-mail is queued and goes out while the portal server runs.`;
}
