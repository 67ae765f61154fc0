// Which UI strings each area, and in the client's portal each page, ships to the browser. Server components
// translate on the server and ship none; only client components need messages in the page, so each
// NextIntlClientProvider gets the namespaces its client components use plus those of the codes its server actions
// can answer with, never all of them (tests/unit/client-namespaces.test.ts follows the imports of every portal page
// and layout to its client components and checks them against these lists). A page's provider replaces its
// layout's messages for what is below it (use-intl does not merge them).

/** Codes any signed-in form may show: action results and field errors (`errors.*`, `files.*`, …). */
export const FORM_CODES = ["errors", "files", "uploads", "messages", "two_factor", "set_password.errors", "account"] as const;

export const CLIENT_NAMESPACES = {
  /** Every page, also outside the areas (help, not found): the language switch and dialogs. */
  root: ["common"],
  /** Sign-in, 2-step code, set-password pages. */
  auth: ["common", "errors", "auth", "set_password", "two_factor", "two_factor_login", "recovery_actions"],
  /** The client's portal: its frame (menus, Uitloggen); each page with client components of its own has a scope below. */
  portal: ["common", "nav"],
  /** Correspondentie, Documenten and Door mij aangeleverd (the list, Alles downloaden, the uploader's file checks). */
  "portal.documents": ["common", "client_documents", "files", "errors.not_found"],
  /** Berichten and a message page: the conversation list, Nieuw bericht and Beantwoorden with their attachments. */
  "portal.messages": ["common", "client_messages", ...FORM_CODES],
  /** Account: its forms, 2-step verification and Uitloggen. */
  "portal.account": ["common", "nav", "account_two_factor", "recovery_actions", "two_factor_login", ...FORM_CODES],
  /** Staff under /admin: its frame (the menu, Uitloggen); each page with client components of its own has a scope below. */
  admin: ["common", "nav", "admin.nav"],
  /** Mijn account under /admin: its forms and 2-step verification. */
  "admin.account": ["common", "account_two_factor", "recovery_actions", "two_factor_login", ...FORM_CODES],
  /** Cliënten and a client's page: invitations, account actions. */
  "admin.clients": ["common", "accounts", "clients", "admin_clients", ...FORM_CODES],
  /** Medewerkers. */
  "admin.staff": ["common", "accounts", "staff", "admin_staff", ...FORM_CODES],
  /** A dossier's frame, a new dossier and its edit form. */
  "admin.dossier": ["common", "accounts", "clients", "admin_dossiers", ...FORM_CODES],
  /** A dossier's document tabs: the lists, publishing, withdrawing. */
  "admin.documents": ["common", "admin_documents", ...FORM_CODES],
  /** A dossier's Berichten tab and a message page: composing, answering, assigning. */
  "admin.messages": ["common", "admin_messages", ...FORM_CODES],
  /** Failed deliveries. */
  "admin.outbox": ["common", "admin_outbox", ...FORM_CODES],
  /** The office's settings and logo. */
  "admin.settings": ["common", "admin_settings", ...FORM_CODES],
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
