import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { locales } from "@/lib/core/locales";

// A checkbox posts "on" when ticked and nothing when not; tests and scripts may pass a boolean.
const checkbox = z
  .union([z.boolean(), z.literal("on")])
  .optional()
  .transform((value) => value === true || value === "on");

// Only a generous cap on the request size here: the password policy (lib/auth/password-policy.ts) counts
// characters, not UTF-16 units, and needs the account's e-mail address, so it runs in the handler.
const passwordField = z
  .string()
  .min(1, "errors.required")
  .max(4 * PASSWORD_MAX_LENGTH, "set_password.errors.too_long");

export const localeSchema = z.object({ locale: z.enum(locales, "errors.required") });

export const notificationsSchema = z.object({ notifyDocuments: checkbox, notifyMessages: checkbox });

export const passwordChangeSchema = z
  .object({ currentPassword: passwordField, newPassword: passwordField, repeatPassword: z.string() })
  .refine((input) => input.newPassword === input.repeatPassword, {
    path: ["repeatPassword"],
    message: "account.password_mismatch",
  });

export const endSessionsSchema = z.object({ password: passwordField });

export type NotificationsInput = z.output<typeof notificationsSchema>;
export type PasswordChangeInput = z.output<typeof passwordChangeSchema>;
