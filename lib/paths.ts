import type { AccountViewer } from "@/lib/core/viewer";

/** Public paths other code links to; the pages themselves live under app/. */
export const paths = {
  login: "/login",
  /** The manual's "instellen wachtwoord" request page (docs/client-manual.md M-SETPW-1): enter your e-mail, click "verstuur". */
  setPasswordRequest: "/set-password",
} as const;

/** The viewer's own Account page: clients have theirs in the portal, staff under /admin. */
export function accountPagePath(viewer: AccountViewer): string {
  return viewer.role === "client" ? "/account" : "/admin/account";
}
