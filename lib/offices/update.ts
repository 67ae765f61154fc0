import "server-only";
import { eq } from "drizzle-orm";
import { type Executor } from "@/db/client";
import { getDb } from "@/lib/db";
import { offices } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { AdminViewer } from "@/lib/core/viewer";
import { UserError } from "@/lib/core/errors";
import { hostnamesTakenByOthers } from "./hostnames";
import type { OfficeDetailsInput, OfficeFaqInput } from "./schema";

type OfficeChanges = Partial<OfficeDetailsInput & OfficeFaqInput>;
type Context = { viewer: AdminViewer; ip: string | null };

// jsonb hands objects back with its own key order, so compare with sorted keys.
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/**
 * Writes the changed settings of the viewer's own office (the id never comes from input) and one
 * `office.update` audit event naming the changed fields, in one transaction. Returns those field names.
 */
async function updateOffice({ viewer, ip }: Context, changes: OfficeChanges): Promise<string[]> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(offices).where(eq(offices.id, viewer.officeId)).for("update").limit(1);
    if (!current) throw new UserError("errors.not_found");
    const changed = (Object.keys(changes) as (keyof OfficeChanges)[]).filter((field) => !same(current[field], changes[field]));
    if (changed.length === 0) return [];
    if (changed.includes("hostnames")) await refuseTakenHostnames(tx, viewer.officeId, changes.hostnames ?? []);
    await tx
      .update(offices)
      .set(Object.fromEntries(changed.map((field) => [field, changes[field]])))
      .where(eq(offices.id, viewer.officeId));
    await recordAudit(tx, {
      officeId: viewer.officeId,
      actorId: viewer.userId,
      action: "office.update",
      subjectType: "office",
      subjectId: viewer.officeId,
      ip,
      data: { fields: changed },
    });
    return changed;
  });
}

async function refuseTakenHostnames(tx: Executor, officeId: string, hostnames: string[]): Promise<void> {
  const taken = await hostnamesTakenByOthers(tx, { hostnames, officeId });
  if (taken.length > 0) throw new UserError("admin_settings.hostname_taken", "hostnames");
}

export function updateOfficeDetails(context: Context, input: OfficeDetailsInput): Promise<string[]> {
  return updateOffice(context, input);
}

export function updateOfficeFaq(context: Context, input: OfficeFaqInput): Promise<string[]> {
  return updateOffice(context, { faq: input.faq });
}
