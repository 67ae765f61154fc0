import "server-only";
import { eq } from "drizzle-orm";
import { type Executor } from "@/db/client";
import { getDb } from "@/lib/db";
import { offices } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { Acting, Role, StaffViewer } from "@/lib/core/viewer";
import { lockAccount, type ManagedAccount } from "./lifecycle";

export type AccountChange = (tx: Executor, account: ManagedAccount) => Promise<Record<string, unknown> | false>;

/**
 * One change to one account of the viewer's office, in one transaction: lock the account (404 when it is not
 * this office's or has another role), apply `change`, and record `action` in the audit log, unless the change
 * reports it had nothing to do (`false`). With `lockOffice`, the office row is locked first: staff changes take
 * it so that two admins demoting each other at the same moment cannot both succeed and leave no admin.
 */
export async function changeAccount(
  { viewer, ip }: Acting<StaffViewer>,
  { userId, roles, action, lockOffice = false }: { userId: string; roles: Role[]; action: string; lockOffice?: boolean },
  change: AccountChange,
): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    if (lockOffice) await tx.select({ id: offices.id }).from(offices).where(eq(offices.id, viewer.officeId)).for("update");
    const account = await lockAccount(tx, { officeId: viewer.officeId, userId, roles });
    const data = await change(tx, account);
    if (data === false) return;
    await recordAudit(tx, {
      officeId: viewer.officeId,
      actorId: viewer.userId,
      action,
      subjectType: "user",
      subjectId: account.id,
      ip,
      data,
    });
  });
}
