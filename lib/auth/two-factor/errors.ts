import type { MessageKey } from "@/lib/core/message-keys";
import type { SmsCodeResult } from "./sms-code";
import type { TotpResult } from "./totp";

/** The message key (and form field) for a code that was not accepted. */
export const CODE_ERRORS: Record<Exclude<SmsCodeResult | TotpResult, "ok">, MessageKey> = {
  wrong: "two_factor.code_wrong",
  exhausted: "two_factor.code_exhausted",
  expired: "two_factor.code_expired",
  replayed: "two_factor.code_used",
};
