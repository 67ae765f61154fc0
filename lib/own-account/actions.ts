"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/next-auth";
import { rememberLocale } from "@/lib/i18n/cookie";
import { revalidate } from "@/lib/revalidate";
import { paths, accountPagePath } from "@/lib/paths";
import { accountAction, clientAction } from "@/lib/safe-action";
import { changePassword, endAllSessions } from "./password";
import { endSessionsSchema, localeSchema, notificationsSchema, passwordChangeSchema } from "./schema";
import { saveLocale, saveNotifications } from "./settings";

// Clients (/account) and staff (/admin/account) change only their own account: the viewer comes from the
// session, never an id from input.

/** The password change ended every session, this one too: a fresh session for this browser only. */
async function signInAgain(email: string, password: string, home: string): Promise<void> {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) redirect(paths.login);
    throw error;
  }
  revalidate(home);
}

export const saveLocaleAction = accountAction(localeSchema, async ({ locale }, context) => {
  await saveLocale(context, locale);
  await rememberLocale(locale);
  revalidate(accountPagePath(context.viewer));
});

/** E-mail notices are a client's choice; staff have no such setting. */
export const saveNotificationsAction = clientAction(notificationsSchema, async (input, context) => {
  await saveNotifications(context, input);
  revalidate(accountPagePath(context.viewer));
});

export const changePasswordAction = accountAction(passwordChangeSchema, async (input, context) => {
  const { email } = await changePassword(context, input);
  await signInAgain(email, input.newPassword, accountPagePath(context.viewer));
});

export const endSessionsAction = accountAction(endSessionsSchema, async ({ password }, context) => {
  const { email } = await endAllSessions(context, password);
  await signInAgain(email, password, accountPagePath(context.viewer));
});
