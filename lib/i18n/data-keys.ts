import "server-only";
import messages from "@/messages/nl.json";

// Values that arrive as data (an audit action, an outbox template, an audit subject) have a text when the
// catalogue has a key for them, and are shown as they are otherwise. These guards turn such a value into a
// typed key of its namespace, so a page translates it without casting (the catalogue stays on the server).

function hasKey<T extends object>(tree: T, name: string): name is Extract<keyof T, string> {
  return Object.hasOwn(tree, name);
}

/** "auth.sign_in" → "auth_sign_in" when admin_audit.actions has it. */
export function auditActionKey(action: string): `actions.${keyof typeof messages.admin_audit.actions}` | null {
  const name = action.replaceAll(".", "_");
  return hasKey(messages.admin_audit.actions, name) ? `actions.${name}` : null;
}

export function auditSubjectKey(type: string): `subjects.${keyof typeof messages.admin_audit.subjects}` | null {
  return hasKey(messages.admin_audit.subjects, type) ? `subjects.${type}` : null;
}

export function outboxTemplateKey(template: string): `templates.${keyof typeof messages.admin_outbox.templates}` | null {
  return hasKey(messages.admin_outbox.templates, template) ? `templates.${template}` : null;
}
