import { getTranslations } from "next-intl/server";
import { DocumentListSection } from "@/components/dossiers/document-list-section";
import type { ClientDocument } from "@/lib/documents/queries";
import { tabPath } from "@/lib/dossiers/tabs";
import type { Page } from "@/lib/pagination";
import { isPreviewable } from "@/lib/storage/preview";
import type { DocumentKind } from "@/lib/uploads/types";
import { ClientDocumentList } from "./client-document-list";

/** Correspondentie, Documenten or Door mij aangeleverd: one page of the list, newest first, or what is not there yet. */
export async function ClientDocumentTab({ dossierId, kind, list }: { dossierId: string; kind: DocumentKind; list: Page<ClientDocument> }) {
  const t = await getTranslations("client_documents");
  const headingId = `documents-${kind}`;
  return (
    <DocumentListSection
      headingId={headingId}
      texts={{ title: t(`${kind}.title`), total: t("total", { count: list.total }), intro: t(`${kind}.intro`), empty: t(`${kind}.empty`) }}
      list={list}
      basePath={tabPath(`/dossiers/${dossierId}`, kind)}
    >
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
    </DocumentListSection>
  );
}
