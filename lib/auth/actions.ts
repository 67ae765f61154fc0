"use server";

import { and, eq } from "drizzle-orm";
import { AuthError } from "next-auth";
import { getDb } from "@/lib/db";
import { users } from "@/db/schema";
import { publicAction } from "@/lib/safe-action";
import { UserError } from "@/lib/core/errors";
import { LoginLockedError, signIn } from "./next-auth";
import { safeRedirectPath } from "./safe-redirect";
import { loginSchema } from "./schema";

export const loginAction = publicAction(loginSchema, async ({ email, password, next }, { office }) => {
  // Where a successful sign-in goes: with 2-step on the session is pending and the code page comes first. Only
  // a correct password reaches that redirect, so the lookup tells a visitor nothing about the address.
  const [account] = await (
    await getDb()
  )
    .select({ twoFactorMethod: users.twoFactorMethod })
    .from(users)
    .where(and(eq(users.officeId, office.id), eq(users.email, email.toLowerCase())))
    .limit(1);
  const twoStep = account !== undefined && account.twoFactorMethod !== "none";
  try {
    await signIn("credentials", { email, password, redirectTo: twoStep ? "/login/code" : safeRedirectPath(next, "/") });
  } catch (error) {
    // One message for unknown account, wrong password and disabled account alike; the lock message is given
    // for any locked address, existing or not.
    if (error instanceof LoginLockedError) throw new UserError("auth.login.locked");
    if (error instanceof AuthError) throw new UserError("auth.login.failed");
    throw error; // the redirect after a successful sign-in
  }
});
