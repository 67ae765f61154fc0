import { z } from "zod";
import { emailField } from "@/lib/clients/schema";
import { passwordPolicyError } from "@/lib/auth/password-policy";
import { isWellFormedToken } from "@/lib/auth/tokens";

/** Step 1 of the manual (docs/client-manual.md M-SETPW-1): the e-mail address, then "verstuur". */
export const requestSetPasswordSchema = z.object({ email: emailField });

/** Step 2: the new password twice. The rule "not your e-mail address" needs the account, so the action checks it. */
export const setPasswordSchema = z
  .object({
    token: z.string().refine(isWellFormedToken, "set_password.link_invalid"),
    // Generous cap before the policy: code points are counted there, this only stops huge bodies.
    password: z.string().min(1, "errors.required").max(1024, "set_password.errors.too_long"),
    password_repeat: z.string().min(1, "errors.required").max(1024, "set_password.errors.too_long"),
  })
  .superRefine((input, ctx) => {
    const policy = passwordPolicyError(input.password);
    if (policy) ctx.addIssue({ code: "custom", path: ["password"], message: policy });
    else if (input.password !== input.password_repeat) {
      ctx.addIssue({ code: "custom", path: ["password_repeat"], message: "set_password.errors.repeat_mismatch" });
    }
  });

export type SetPasswordInput = z.output<typeof setPasswordSchema>;
