"use server";

import { eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { users } from "@/db/schema";
import { changeAccount } from "@/lib/user-accounts/change";
import { isEmailTaken, resendInvitation, setAccountDisabled } from "@/lib/user-accounts/lifecycle";
import { queueSecurityNotice } from "@/lib/user-accounts/security-notice";
import { revalidate } from "@/lib/revalidate";
import { staffAction } from "@/lib/safe-action";
import { UserError } from "@/lib/core/errors";
import { createClientAccount } from "./create";
import { clientIdSchema, createClientSchema, updateClientSchema } from "./schema";

const clientsPath = "/admin/clients";

export const createClientAction = staffAction(createClientSchema, async (input, { viewer, ip }) => {
  const db = await getDb();
  const { id } = await db.transaction((tx) => createClientAccount(tx, { viewer, ip, input }));
  revalidate(clientsPath);
  return { id, name: input.name, email: input.email };
});

export const updateClientAction = staffAction(updateClientSchema, async ({ clientId, ...input }, context) => {
  await changeAccount(context, { userId: clientId, roles: ["client"], action: "client.update" }, async (tx, account) => {
    const changed = (["name", "email", "phone", "locale"] as const).filter((field) => input[field] !== account[field]);
    if (changed.length === 0) return false;
    if (changed.includes("email") && (await isEmailTaken(tx, { officeId: context.viewer.officeId, email: input.email }))) {
      throw new UserError("clients.email_taken", "email");
    }
    // SMS codes go to this number: moving them to an unverified one would hand the second step to whoever
    // asked for the change. The 2-step reset comes first, then the client verifies a new number themselves.
    const phoneChanged = changed.includes("phone");
    if (phoneChanged && account.twoFactorMethod === "sms") throw new UserError("clients.phone_locked", "phone");
    await tx
      .update(users)
      .set({ ...input, ...(phoneChanged ? { phoneVerifiedAt: null } : {}) })
      .where(eq(users.id, account.id));
    return { fields: changed };
  });
  revalidate(clientsPath, `${clientsPath}/${clientId}`);
});

export const resendClientInvitationAction = staffAction(clientIdSchema, async ({ clientId }, context) => {
  await changeAccount(context, { userId: clientId, roles: ["client"], action: "client.invite_resent" }, async (tx, account) => {
    await resendInvitation(tx, { officeId: context.viewer.officeId, account });
    return {};
  });
});

export const disableClientAction = staffAction(clientIdSchema, async ({ clientId }, context) => {
  await changeAccount(context, { userId: clientId, roles: ["client"], action: "client.disable" }, async (tx, account) =>
    (await setAccountDisabled(tx, account, true)) ? {} : false,
  );
  revalidate(clientsPath, `${clientsPath}/${clientId}`);
});

export const enableClientAction = staffAction(clientIdSchema, async ({ clientId }, context) => {
  await changeAccount(context, { userId: clientId, roles: ["client"], action: "client.enable" }, async (tx, account) =>
    (await setAccountDisabled(tx, account, false)) ? {} : false,
  );
  revalidate(clientsPath, `${clientsPath}/${clientId}`);
});

/**
 * For a client who lost both phone and recovery code (docs/client-manual.md M-FAQ-10: "neem contact met ons op"): 2-step goes off,
 * its secrets are cleared and open sessions end; the client can sign in with the password and set it up again.
 */
export const resetClientTwoFactorAction = staffAction(clientIdSchema, async ({ clientId }, context) => {
  await changeAccount(context, { userId: clientId, roles: ["client"], action: "client.two_factor_reset" }, async (tx, account) => {
    await tx
      .update(users)
      .set({
        twoFactorMethod: "none",
        phoneVerifiedAt: null,
        totpSecret: null,
        recoveryCodeHash: null,
        sessionVersion: sql`${users.sessionVersion} + 1`,
      })
      .where(eq(users.id, account.id));
    await queueSecurityNotice(tx, { officeId: context.viewer.officeId, user: account, change: "two_factor_reset" });
    return { previousMethod: account.twoFactorMethod };
  });
  revalidate(clientsPath, `${clientsPath}/${clientId}`);
});
