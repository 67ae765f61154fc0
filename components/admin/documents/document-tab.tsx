import { getTranslations } from "next-intl/server";
import { DocumentListSection } from "@/components/dossiers/document-list-section";
import type { Page } from "@/lib/pagination";
import type { StaffDocument } from "@/lib/documents/queries";
import { tabPath } from "@/lib/dossiers/tabs";
import type { StaffDossier } from "@/lib/dossiers/queries";
import type { DocumentKind } from "@/lib/uploads/types";
import { DocumentItem } from "./document-item";
import { PublishPanel } from "./publish-panel";

/** The content of the Correspondentie, Documenten and Door cliënt aangeleverd tabs; only the first two publish. */
export async function DocumentTab({ dossier, kind, list }: { dossier: StaffDossier; kind: DocumentKind; list: Page<StaffDocument> }) {
  const t = await getTranslations("admin_documents");
  const headingId = `documents-${kind}`;
  return (
    <div className="flex flex-col gap-6">
      {kind === "supplied" ? null : <PublishPanel dossierId={dossier.id} kind={kind} />}
      <DocumentListSection
        headingId={headingId}
        texts={{
          title: t(`${kind}.title`),
          total: t("total", { count: list.total }),
          intro: t(`${kind}.intro`),
          empty: t(`${kind}.empty`),
        }}
        list={list}
        basePath={tabPath(`/admin/dossiers/${dossier.id}`, kind)}
      >
        <ul aria-labelledby={headingId} className="flex flex-col gap-3">
          {list.items.map((document) => (
            <DocumentItem key={document.id} document={document} kind={kind} clients={dossier.clients} />
          ))}
        </ul>
      </DocumentListSection>
    </div>
  );
}
