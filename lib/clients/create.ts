import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { offices, users } from "@/db/schema";
import { queueInvitation } from "@/lib/user-accounts/invitation";
import { isEmailTaken } from "@/lib/user-accounts/lifecycle";
import { recordAudit } from "@/lib/audit/record";
import type { StaffViewer } from "@/lib/core/viewer";
import { UserError } from "@/lib/core/errors";
import type { CreateClientInput } from "./schema";

/**
 * Creates a client account (status invited) in the staff member's office and queues e-mail 1, the invitation,
 * in the same transaction. Used by the client form and by "new client" inside the dossier form.
 */
export async function createClientAccount(
  tx: Executor,
  { viewer, ip, input }: { viewer: StaffViewer; ip: string | null; input: CreateClientInput },
): Promise<{ id: string }> {
  if (await isEmailTaken(tx, { officeId: viewer.officeId, email: input.email })) {
    throw new UserError("clients.email_taken", "email");
  }

  const [office] = await tx.select().from(offices).where(eq(offices.id, viewer.officeId)).limit(1);
  if (!office) throw new UserError("errors.not_found");
  const [client] = await tx
    .insert(users)
    .values({
      officeId: viewer.officeId,
      role: "client",
      name: input.name,
      email: input.email,
      phone: input.phone,
      locale: input.locale,
      status: "invited",
    })
    .returning({ id: users.id });
  await queueInvitation(tx, { office, user: { ...input, role: "client" } });
  await recordAudit(tx, {
    officeId: viewer.officeId,
    actorId: viewer.userId,
    action: "client.create",
    subjectType: "user",
    subjectId: client!.id,
    ip,
  });
  return { id: client!.id };
}
