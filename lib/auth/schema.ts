import { z } from "zod";

export const loginSchema = z.object({
  email: z.string().trim().min(1, "errors.required").max(254, "errors.invalid_email"),
  // The policy counts 128 code points; UTF-16 units can be up to twice that.
  password: z.string().min(1, "errors.required").max(256, "errors.invalid"),
  next: z.string().max(512).optional(),
});
