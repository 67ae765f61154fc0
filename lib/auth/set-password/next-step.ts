import type { Role } from "@/lib/core/viewer";

/**
 * What follows a newly set password: sign in. The session that gives is pending when 2-step verification is
 * on (next-auth.ts), so the browser then goes to the code page instead of the start page.
 */
export type AfterPasswordSet = { kind: "sign_in"; redirectTo: string };

export function nextStepAfterPasswordSet(account: { role: Role; twoFactorMethod?: "none" | "sms" | "totp" }): AfterPasswordSet {
  if (account.twoFactorMethod && account.twoFactorMethod !== "none") return { kind: "sign_in", redirectTo: "/login/code" };
  return { kind: "sign_in", redirectTo: account.role === "client" ? "/" : "/admin" };
}
