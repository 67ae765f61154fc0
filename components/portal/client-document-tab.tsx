import { getTranslations } from "next-intl/server";
import { DocumentListSection } from "@/components/dossiers/document-list-section";
import { ChoiceField } from "@/components/ui/choice-field";
import { SearchForm } from "@/components/ui/search-form";
import { SelectField } from "@/components/ui/select-field";
import { DOCUMENT_SORTS, documentListParams, isFiltered, type DocumentListOptions } from "@/lib/documents/list-options";
import type { ClientDocument } from "@/lib/documents/queries";
import type { ClientDossier } from "@/lib/dossiers/queries";
import { tabPath } from "@/lib/dossiers/tabs";
import type { Page } from "@/lib/pagination";
import { isPreviewable } from "@/lib/storage/preview";
import type { DocumentKind } from "@/lib/uploads/types";
import { ClientDocumentList } from "./client-document-list";
import { DownloadAllButton } from "./download-all-button";

/**
 * Correspondentie, Documenten or Door mij aangeleverd: one page of the list (newest first unless the client
 * chose otherwise), a search in the titles, the order, "only unread", and Alles downloaden; or what is not there yet.
 */
export async function ClientDocumentTab({
  dossier,
  kind,
  list,
  options,
}: {
  dossier: Pick<ClientDossier, "id" | "reference">;
  kind: DocumentKind;
  list: Page<ClientDocument>;
  options: DocumentListOptions;
}) {
  const t = await getTranslations("client_documents");
  const headingId = `documents-${kind}`;
  const basePath = tabPath(`/dossiers/${dossier.id}`, kind);
  const filtered = isFiltered(options);
  const tools =
    list.total > 0 || filtered ? (
      <div className="flex flex-col gap-3">
        <SearchForm action={basePath} query={options.search ?? undefined} label={t("search_label")}>
          <SelectField label={t("sort_label")} name="sort" id={`sort-${kind}`} defaultValue={options.sort}>
            {DOCUMENT_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sort_${sort}`)}
              </option>
            ))}
          </SelectField>
          {kind === "supplied" ? null : (
            <ChoiceField type="checkbox" name="unread" value="1" defaultChecked={options.unreadOnly} label={t("unread_only")} />
          )}
        </SearchForm>
        <DownloadAllButton dossierId={dossier.id} kind={kind} zipName={`${dossier.reference} ${t(`${kind}.title`)}`} />
      </div>
    ) : null;
  return (
    <DocumentListSection
      headingId={headingId}
      texts={{
        title: t(`${kind}.title`),
        total: t("total", { count: list.total }),
        intro: t(`${kind}.intro`),
        empty: filtered ? t("empty_search") : t(`${kind}.empty`),
      }}
      list={list}
      basePath={basePath}
      params={documentListParams(options)}
      tools={tools}
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
