import { FolderOpen, ListChecks, UserRound } from "lucide-react";

/** The manual's three parts of the beginscherm, in its order. */
export const portalSections = [
  { href: "/dossiers", key: "dossiers", icon: FolderOpen },
  { href: "/actions", key: "actions", icon: ListChecks },
  { href: "/account", key: "account", icon: UserRound },
] as const;
