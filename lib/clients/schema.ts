import { z } from "zod";
import { typedText } from "@/lib/core/fields";
import { normaliseMobile } from "@/lib/phone";

export type AccountStatus = "invited" | "active" | "disabled";

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "errors.required")
  .max(254, "errors.invalid_email")
  .pipe(z.email("errors.invalid_email"));

/** An optional mobile number in any of the forms the manual allows (docs/client-manual.md M-2FA-2), stored as E.164. */
export const optionalMobileField = z
  .string()
  .trim()
  .max(32, "errors.invalid_mobile")
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const e164 = normaliseMobile(value);
    if (!e164) {
      ctx.addIssue({ code: "custom", message: "errors.invalid_mobile" });
      return z.NEVER;
    }
    return e164;
  });

export const clientFields = {
  name: typedText(200),
  email: emailField,
  phone: optionalMobileField,
  locale: z.enum(["nl", "en"], { error: "errors.invalid" }).default("nl"),
};

export const createClientSchema = z.object(clientFields);
export type CreateClientInput = z.output<typeof createClientSchema>;

/** An account id from a form or URL; a malformed one is answered as "not found" by the handler, not here. */
export const accountIdField = z.string().trim().max(64);

export const clientIdSchema = z.object({ clientId: accountIdField });

export const updateClientSchema = z.object({ clientId: accountIdField, ...clientFields });
export type UpdateClientInput = z.output<typeof updateClientSchema>;
