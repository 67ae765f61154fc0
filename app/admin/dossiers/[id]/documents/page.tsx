import { AreaIntlProvider } from "@/components/i18n/area-intl-provider";
import { notFound } from "next/navigation";
import { DocumentTab } from "@/components/admin/documents/document-tab";
import { requireStaff } from "@/lib/auth/viewer";
import { listDocumentsForStaff } from "@/lib/documents/queries";
import { getDossierForStaff } from "@/lib/dossiers/queries";
import { pageRequest } from "@/lib/pagination";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function DossierDocumentsPage({ params, searchParams }: Props) {
  const viewer = await requireStaff();
  const dossier = await getDossierForStaff({ viewer, dossierId: (await params).id });
  if (!dossier) notFound();
  const page = pageRequest((await searchParams).page);
  const list = await listDocumentsForStaff({ viewer, dossierId: dossier.id, kind: "document", page });
  return (
    <AreaIntlProvider area="admin.documents">
      <DocumentTab dossier={dossier} kind="document" list={list} />
    </AreaIntlProvider>
  );
}
