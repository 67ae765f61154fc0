import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireClient } from "@/lib/auth/viewer";
import { listDocumentsForClient, type ClientDocument } from "@/lib/documents/queries";
import { getDossierForClient } from "@/lib/dossiers/queries";
import { tabPath } from "@/lib/dossiers/tabs";
import { pageRequest, type Page } from "@/lib/pagination";
import { isPreviewable } from "@/lib/storage/preview";
import type { DocumentKind } from "@/lib/uploads/types";
import { ClientDocumentList } from "./client-document-list";

/** Correspondentie, Documenten or Door mij aangeleverd: one page of the list, newest first, or what is not there yet. */
export async function ClientDocumentTab({ dossierId, kind, list }: { dossierId: string; kind: DocumentKind; list: Page<ClientDocument> }) {
  const t = await getTranslations("client_documents");
  const headingId = `documents-${kind}`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-xl font-semibold">
          {t(`${kind}.title`)}
        </h2>
        {list.total > 0 ? <p className="text-slate-700">{t("total", { count: list.total })}</p> : null}
      </div>
      <p className="text-slate-700">{t(`${kind}.intro`)}</p>
      {list.items.length === 0 ? (
        <EmptyState>{t(`${kind}.empty`)}</EmptyState>
      ) : (
        <ClientDocumentList
          labelledBy={headingId}
          documents={list.items.map((document) => ({
            id: document.id,
            title: document.title,
            fileName: document.fileName,
            size: document.size,
            createdAt: document.createdAt,
            unread: document.unread,
            previewable: isPreviewable(document.contentType),
            message: document.message,
          }))}
        />
      )}
      <Pagination page={list.page} pageCount={list.pageCount} basePath={tabPath(`/dossiers/${dossierId}`, kind)} />
    </section>
  );
}

export type TabPageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The page behind /dossiers/[id]/correspondence, /documents and /supplied: access checked, one page of the list. */
export async function ClientDocumentTabPage({ params, searchParams, kind }: TabPageProps & { kind: DocumentKind }) {
  const viewer = await requireClient();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [dossier, list] = await Promise.all([
    getDossierForClient({ viewer, dossierId: id }),
    listDocumentsForClient({ viewer, dossierId: id, kind, page: pageRequest(query.page) }),
  ]);
  if (!dossier) notFound();
  return <ClientDocumentTab dossierId={dossier.id} kind={kind} list={list} />;
}
