import type { IconName } from "@/components/ui/icon-names";

/** The manual's three parts of the beginscherm, in its order (docs/client-manual.md M-HOME-1). */
export const portalSections = [
  // A message is opened from a dossier's Berichten tab, so /messages/[id] belongs to Dossiers too.
  { href: "/dossiers", key: "dossiers", icon: "folder-open", also: ["/messages"] },
  { href: "/actions", key: "actions", icon: "list-checks", also: [] },
  { href: "/account", key: "account", icon: "user-round", also: [] },
] as const satisfies readonly { href: string; key: string; icon: IconName; also: readonly string[] }[];
