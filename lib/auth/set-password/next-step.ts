import type { Role } from "@/lib/auth/viewer";

/**
 * What follows a newly set password. Today always "sign in now" to the viewer's start page; this is the one
 * place where 2-step verification will instead ask for the second factor before the session is full.
 */
export type AfterPasswordSet = { kind: "sign_in"; redirectTo: string };

export function nextStepAfterPasswordSet(account: { role: Role }): AfterPasswordSet {
  return { kind: "sign_in", redirectTo: account.role === "client" ? "/" : "/admin" };
}
