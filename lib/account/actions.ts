"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/next-auth";
import { rememberLocale } from "@/lib/i18n/cookie";
import { revalidate } from "@/lib/revalidate";
import { clientAction, staffAccountAction } from "@/lib/safe-action";
import { changePassword, endAllSessions } from "./password";
import { endSessionsSchema, localeSchema, notificationsSchema, passwordChangeSchema } from "./schema";
import { saveLocale, saveNotifications } from "./settings";

// Clients (/account) and staff (/admin/account) change only their own account: the viewer comes from the
// session, never an id from input. Two thin sets of wrappers because a guard admits one kind of viewer.

/** The password change ended every session, this one too: a fresh session for this browser only. */
async function signInAgain(email: string, password: string, home: string): Promise<void> {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) redirect("/login");
    throw error;
  }
  revalidate(home);
}

export const saveClientLocaleAction = clientAction(localeSchema, async ({ locale }, context) => {
  await saveLocale(context, locale);
  await rememberLocale(locale);
  revalidate("/account");
});

export const saveNotificationsAction = clientAction(notificationsSchema, async (input, context) => {
  await saveNotifications(context, input);
  revalidate("/account");
});

export const changeClientPasswordAction = clientAction(passwordChangeSchema, async (input, context) => {
  const { email } = await changePassword(context, input);
  await signInAgain(email, input.newPassword, "/account");
});

export const endClientSessionsAction = clientAction(endSessionsSchema, async ({ password }, context) => {
  const { email } = await endAllSessions(context, password);
  await signInAgain(email, password, "/account");
});

export const saveStaffLocaleAction = staffAccountAction(localeSchema, async ({ locale }, context) => {
  await saveLocale(context, locale);
  await rememberLocale(locale);
  revalidate("/admin/account");
});

export const changeStaffPasswordAction = staffAccountAction(passwordChangeSchema, async (input, context) => {
  const { email } = await changePassword(context, input);
  await signInAgain(email, input.newPassword, "/admin/account");
});

export const endStaffSessionsAction = staffAccountAction(endSessionsSchema, async ({ password }, context) => {
  const { email } = await endAllSessions(context, password);
  await signInAgain(email, password, "/admin/account");
});
