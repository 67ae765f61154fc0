// A dossier's four tabs in the order of docs/client-manual.md M-DOS-1 (Correspondentie, Documenten, Door mij aangeleverd, Berichten),
// with the same URL segments for staff (/admin/dossiers/[id]/…) and clients (/dossiers/[id]/…), so both talk
// about the same places. A plain module: server pages and client components both read it.
import type { DocumentKind } from "@/lib/uploads/types";

export const DOSSIER_TABS = ["correspondence", "documents", "supplied", "messages"] as const;
export type DossierTab = (typeof DOSSIER_TABS)[number];

const TAB_OF_KIND: Record<DocumentKind, DossierTab> = {
  correspondence: "correspondence",
  document: "documents",
  supplied: "supplied",
};

/** The tab that lists documents of this kind, under a dossier's base path. */
export function tabPath(dossierBasePath: string, kind: DocumentKind): string {
  return `${dossierBasePath}/${TAB_OF_KIND[kind]}`;
}
