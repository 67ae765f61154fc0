"use server";

import { eq } from "drizzle-orm";
import { AuthError } from "next-auth";
import { getDb } from "@/lib/db";
import { users } from "@/db/schema";
import { signIn } from "@/lib/auth/next-auth";
import { publicAction } from "@/lib/safe-action";
import { UserError } from "@/lib/core/errors";
import { completeSetPassword } from "./complete";
import { nextStepAfterPasswordSet } from "./next-step";
import { requestSetPasswordLink } from "./request";
import { requestSetPasswordSchema, setPasswordSchema } from "./schema";

/** "verstuur": always the same answer, whether or not the address has an account here. */
export const requestSetPasswordAction = publicAction(requestSetPasswordSchema, async ({ email }, { office, ip }) => {
  await requestSetPasswordLink({ office, email, ip });
});

/** "instellen wachtwoord": the database part, then the sign-in (which redirects). */
export const setPasswordAction = publicAction(setPasswordSchema, async ({ token, password }, { office, ip }) => {
  const db = await getDb();
  const account = await completeSetPassword({ office, token, password, ip });
  const [factor] = await db.select({ twoFactorMethod: users.twoFactorMethod }).from(users).where(eq(users.id, account.userId));
  // With 2-step on, the sign-in below gives a pending session and the code page asks for the second step.
  const next = nextStepAfterPasswordSet({ role: account.role, twoFactorMethod: factor?.twoFactorMethod });
  try {
    await signIn("credentials", { email: account.email, password, redirectTo: next.redirectTo });
  } catch (error) {
    // The password is set either way; if signing in is refused now (e.g. a lock), the login page still works.
    if (error instanceof AuthError) throw new UserError("set_password.sign_in_failed");
    throw error; // the redirect after a successful sign-in
  }
});
