import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { offices, users } from "@/db/schema";
import { queueInvitation } from "@/lib/user-accounts/invitation";
import { isEmailTaken } from "@/lib/user-accounts/lifecycle";
import { recordAudit } from "@/lib/audit/record";
import { UserError } from "@/lib/core/errors";
import type { CreateStaffInput } from "./schema";

/**
 * Creates a staff or admin account (status invited) in an office and queues the staff invitation in the same
 * transaction. `actorId` is null when the operator CLI creates the account (no signed-in user exists then).
 */
export async function createStaffAccount(
  tx: Executor,
  { officeId, actorId, ip, input }: { officeId: string; actorId: string | null; ip: string | null; input: CreateStaffInput },
): Promise<{ id: string }> {
  if (await isEmailTaken(tx, { officeId, email: input.email })) {
    throw new UserError("staff.email_taken", "email");
  }

  const [office] = await tx.select().from(offices).where(eq(offices.id, officeId)).limit(1);
  if (!office) throw new UserError("errors.not_found");
  const [user] = await tx
    .insert(users)
    .values({
      officeId,
      role: input.role,
      name: input.name,
      email: input.email,
      locale: input.locale,
      status: "invited",
    })
    .returning({ id: users.id });
  await queueInvitation(tx, { office, user: input });
  await recordAudit(tx, {
    officeId,
    actorId,
    action: "staff.invite",
    subjectType: "user",
    subjectId: user!.id,
    ip,
    data: { role: input.role },
  });
  return { id: user!.id };
}
