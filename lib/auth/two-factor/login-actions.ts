"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut, unstable_update } from "@/lib/auth/next-auth";
import { getPendingSignIn } from "@/lib/auth/viewer";
import { publicAction } from "@/lib/safe-action";
import { UserError } from "@/lib/core/errors";
import { CODE_ERRORS } from "./errors";
import { redeemLoginRecoveryCode, resendLoginCode, verifyLoginCode, type PendingLogin } from "./login";

const codeSchema = z.object({ code: z.string().trim().min(1, "errors.required").max(64, "errors.invalid") });

/** These actions only make sense inside a pending sign-in; without one the browser goes back to the password. */
async function requirePending(): Promise<PendingLogin> {
  const pending = await getPendingSignIn();
  if (!pending) redirect("/login");
  return pending;
}

/** The sign-in cannot be finished any more: end the pending session and ask for the password again. */
async function startOver(reason: "code_exhausted" | "ended"): Promise<never> {
  await signOut({ redirectTo: `/login?reason=${reason}` });
  throw new Error("unreachable: signOut redirects");
}

/** The SMS or app code. A wrong code is counted before the error is shown; the fifth ends the sign-in. */
export const verifyLoginCodeAction = publicAction(codeSchema, async ({ code }, { ip }) => {
  const pending = await requirePending();
  const result = await verifyLoginCode({ pending, code, ip });
  if (result === "exhausted" || result === "ended") await startOver(result === "ended" ? "ended" : "code_exhausted");
  if (result !== "ok") throw new UserError(CODE_ERRORS[result as keyof typeof CODE_ERRORS], "code");
  // Promotes the pending session: the jwt callback checks the database, not this (empty) payload.
  await unstable_update({});
  redirect("/"); // staff are sent on to /admin from there
});

/** "Stuur een nieuwe code": the 60-second and volume limits answer with their own messages. */
export const resendLoginCodeAction = publicAction(z.object({}), async () => {
  const pending = await requirePending();
  await resendLoginCode(pending);
});

/** "Ik heb geen toegang meer tot mijn telefoon": the recovery code signs in once and is replaced; the new one is returned to be shown once. */
export const recoveryLoginAction = publicAction(codeSchema, async ({ code }, { ip }) => {
  const pending = await requirePending();
  const outcome = await redeemLoginRecoveryCode({ pending, input: code, ip });
  if (outcome.result === "ended") await startOver("ended");
  if (outcome.result === "throttled") throw new UserError("two_factor_login.recovery_throttled", "code");
  if (outcome.result !== "ok") throw new UserError("two_factor_login.recovery_wrong", "code");
  await unstable_update({});
  return { recoveryCode: outcome.recoveryCode };
});
