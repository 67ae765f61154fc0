"use server";

import { and, count, eq, ne } from "drizzle-orm";
import { type Executor } from "@/db/client";
import { getDb } from "@/lib/db";
import { users } from "@/db/schema";
import { changeAccount } from "@/lib/user-accounts/change";
import { resendInvitation, setAccountDisabled, type ManagedAccount } from "@/lib/user-accounts/lifecycle";
import { revalidate } from "@/lib/revalidate";
import type { Acting, AdminViewer } from "@/lib/core/viewer";
import { adminAction } from "@/lib/safe-action";
import { UserError } from "@/lib/core/errors";
import { createStaffAccount } from "./create";
import { changeStaffRoleSchema, createStaffSchema, staffIdSchema } from "./schema";

const staffPath = "/admin/staff";
const staffRoles = ["staff", "admin"] as const;

/** Admins change other people's accounts; their own could lock themselves out mid-change. */
function refuseSelf(userId: string, { viewer }: Acting<AdminViewer>) {
  if (userId === viewer.userId) throw new UserError("staff.not_yourself");
}

/** Called (under the office lock) before an active admin stops being one: someone must be left to manage the office. */
async function keepAnotherAdmin(tx: Executor, officeId: string, account: ManagedAccount) {
  if (account.role !== "admin" || account.status !== "active") return;
  const [others] = await tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.officeId, officeId), eq(users.role, "admin"), eq(users.status, "active"), ne(users.id, account.id)));
  if (!others?.n) throw new UserError("staff.last_admin");
}

export const inviteStaffAction = adminAction(createStaffSchema, async (input, { viewer, ip }) => {
  const db = await getDb();
  const { id } = await db.transaction((tx) => createStaffAccount(tx, { officeId: viewer.officeId, actorId: viewer.userId, ip, input }));
  revalidate(staffPath);
  return { id, name: input.name, email: input.email };
});

export const changeStaffRoleAction = adminAction(changeStaffRoleSchema, async ({ userId, role }, context) => {
  refuseSelf(userId, context);
  await changeAccount(context, { userId, roles: [...staffRoles], action: "staff.role_change", lockOffice: true }, async (tx, account) => {
    if (account.role === role) return false;
    if (role === "staff") await keepAnotherAdmin(tx, context.viewer.officeId, account);
    await tx.update(users).set({ role }).where(eq(users.id, account.id));
    return { from: account.role, to: role };
  });
  revalidate(staffPath);
});

export const disableStaffAction = adminAction(staffIdSchema, async ({ userId }, context) => {
  refuseSelf(userId, context);
  await changeAccount(context, { userId, roles: [...staffRoles], action: "staff.disable", lockOffice: true }, async (tx, account) => {
    await keepAnotherAdmin(tx, context.viewer.officeId, account);
    return (await setAccountDisabled(tx, account, true)) ? {} : false;
  });
  revalidate(staffPath);
});

export const enableStaffAction = adminAction(staffIdSchema, async ({ userId }, context) => {
  refuseSelf(userId, context);
  await changeAccount(context, { userId, roles: [...staffRoles], action: "staff.enable", lockOffice: true }, async (tx, account) =>
    (await setAccountDisabled(tx, account, false)) ? {} : false,
  );
  revalidate(staffPath);
});

export const resendStaffInvitationAction = adminAction(staffIdSchema, async ({ userId }, context) => {
  await changeAccount(context, { userId, roles: [...staffRoles], action: "staff.invite_resent" }, async (tx, account) => {
    await resendInvitation(tx, { officeId: context.viewer.officeId, account });
    return {};
  });
});
