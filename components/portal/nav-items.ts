import { FolderOpen, ListChecks, UserRound } from "lucide-react";

/** The manual's three parts of the beginscherm, in its order. */
export const portalSections = [
  // A message is opened from a dossier's Berichten tab, so /messages/[id] belongs to Dossiers too.
  { href: "/dossiers", key: "dossiers", icon: FolderOpen, also: ["/messages"] },
  { href: "/actions", key: "actions", icon: ListChecks, also: [] },
  { href: "/account", key: "account", icon: UserRound, also: [] },
] as const;
