import { notFound } from "next/navigation";
import { ClientDocumentTab } from "@/components/portal/client-document-tab";
import { requireClient } from "@/lib/auth/viewer";
import { listDocumentsForClient } from "@/lib/documents/queries";
import { getDossierForClient } from "@/lib/dossiers/queries";
import { pageRequest } from "@/lib/pagination";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ClientSuppliedPage({ params, searchParams }: Props) {
  const viewer = await requireClient();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [dossier, list] = await Promise.all([
    getDossierForClient({ viewer, dossierId: id }),
    listDocumentsForClient({ viewer, dossierId: id, kind: "supplied", page: pageRequest(query.page) }),
  ]);
  if (!dossier) notFound();
  return <ClientDocumentTab dossierId={dossier.id} kind="supplied" list={list} />;
}
