import { z } from "zod";
import { accountIdField, clientFields, emailField } from "@/lib/clients/schema";

export const staffRoleField = z.enum(["staff", "admin"], { error: "errors.invalid" });

export const createStaffSchema = z.object({
  name: clientFields.name,
  email: emailField,
  role: staffRoleField.default("staff"),
  locale: clientFields.locale,
});
export type CreateStaffInput = z.output<typeof createStaffSchema>;

export const staffIdSchema = z.object({ userId: accountIdField });

export const changeStaffRoleSchema = z.object({ userId: accountIdField, role: staffRoleField });
