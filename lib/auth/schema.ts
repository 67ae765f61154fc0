import { z } from "zod";

export const loginSchema = z.object({
  email: z.string().trim().min(1, "errors.required").max(254, "errors.invalid_email"),
  password: z.string().min(1, "errors.required").max(128, "errors.invalid"),
  next: z.string().max(512).optional(),
});
