import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";

// Only presence and a generous size cap here: the library normalises numbers and checks codes and passwords,
// and its errors (two_factor.*, account.password_*) come back as field errors on the same names.
const required = (max: number) => z.string().trim().min(1, "errors.required").max(max, "errors.too_long");
const password = z
  .string()
  .min(1, "errors.required")
  .max(4 * PASSWORD_MAX_LENGTH, "errors.too_long");
const code = required(20);

export const smsStartSchema = z.object({ password, phone: required(40) });
export const smsResendSchema = z.object({ challengeId: required(64) });
export const smsFinishSchema = z.object({ challengeId: required(64), code });
export const totpStartSchema = z.object({ password });
// The signed pending secret is ~90 characters; the cap only bounds the request.
export const totpFinishSchema = z.object({ pending: required(512), code });
export const twoFactorDisableSchema = z.object({ password });
// The recovery code as shown (6 groups of 4 with dashes); checked against the stored hash, never trusted.
export const recoveryMailSchema = z.object({ code: required(64) });
