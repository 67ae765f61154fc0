// Which UI strings each area ships to the browser. Server components translate on the server and ship none;
// only client components need messages in the page, so each area's NextIntlClientProvider gets the namespaces
// its client components use plus those of the codes its server actions can answer with, never all of them
// (tests/unit/client-namespaces.test.ts checks the components against these lists).

/** Codes any signed-in form may show: action results and field errors (`errors.*`, `files.*`, …). */
const FORM_CODES = ["errors", "files", "uploads", "messages", "two_factor", "set_password.errors", "account"] as const;

export const CLIENT_NAMESPACES = {
  /** Every page, also outside the areas (help, not found): the language switch and dialogs. */
  root: ["common"],
  /** Sign-in, 2-step code, set-password pages. */
  auth: ["common", "errors", "auth", "set_password", "two_factor", "two_factor_login", "recovery_actions"],
  /** The client's portal. */
  portal: ["common", "nav", "pagination", "client_documents", "client_messages", "account_two_factor", "recovery_actions", ...FORM_CODES],
  /** Staff under /admin. */
  admin: [
    "common",
    "nav",
    "admin",
    "pagination",
    "search",
    "clients",
    "staff",
    "accounts",
    "account_two_factor",
    "recovery_actions",
    "admin_dossiers",
    "admin_clients",
    "admin_staff",
    "admin_messages",
    "admin_documents",
    "admin_settings",
    "admin_audit",
    "admin_outbox",
    ...FORM_CODES,
  ],
} as const;

export type ClientArea = keyof typeof CLIENT_NAMESPACES;

type Messages = Record<string, unknown>;

/** The parts of `messages` named by `paths` (a namespace, or a dotted path into one), nothing else. */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const [head, ...rest] = path.split(".");
    const value = messages[head!];
    if (value === undefined) continue;
    if (rest.length === 0) {
      picked[head!] = value;
    } else if (typeof value === "object" && value !== null) {
      const inner = pickMessages(value as Messages, [rest.join(".")]);
      picked[head!] = { ...((picked[head!] as Messages | undefined) ?? {}), ...inner };
    }
  }
  return picked;
}
