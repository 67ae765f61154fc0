// The staff dossier tabs that list documents, by kind; the URL segment is the tab's page folder.
import type { DocumentKind } from "@/lib/uploads/types";

const SEGMENT: Record<DocumentKind, string> = {
  correspondence: "correspondence",
  document: "documents",
  supplied: "supplied",
};

export function tabPath(dossierId: string, kind: DocumentKind): string {
  return `/admin/dossiers/${dossierId}/${SEGMENT[kind]}`;
}
