import { notFound } from "next/navigation";
import { ClientDocumentTab } from "@/components/portal/client-document-tab";
import { requireClient } from "@/lib/auth/viewer";
import { listDocumentsForClient } from "@/lib/documents/queries";
import { getDossierForClient } from "@/lib/dossiers/queries";
import { documentListOptions } from "@/lib/documents/list-options";
import { pageRequest } from "@/lib/pagination";
import type { DocumentKind } from "@/lib/uploads/types";

export type TabPageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The page behind /dossiers/[id]/correspondence, /documents and /supplied: access checked, one page of the list
 * as the client narrowed and ordered it (`q`, `sort`, `unread` in the address).
 */
export async function DocumentTabPage({ params, searchParams, kind }: TabPageProps & { kind: DocumentKind }) {
  const viewer = await requireClient();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const options = documentListOptions(query);
  const [dossier, list] = await Promise.all([
    getDossierForClient({ viewer, dossierId: id }),
    listDocumentsForClient({ viewer, dossierId: id, kind, page: pageRequest(query.page), options }),
  ]);
  if (!dossier) notFound();
  return <ClientDocumentTab dossier={dossier} kind={kind} list={list} options={options} />;
}
