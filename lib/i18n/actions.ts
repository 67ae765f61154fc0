"use server";

import { z } from "zod";
import { publicAction } from "@/lib/safe-action";
import { rememberLocale } from "./cookie";

/** The language switch on the sign-in screens; signed in, the account's language ("Instellen taal") decides. */
export const chooseLocaleAction = publicAction(z.object({ locale: z.enum(["nl", "en"]) }), async ({ locale }) => {
  await rememberLocale(locale);
});
