import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
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
          <ul aria-labelledby={headingId} className="flex flex-col gap-3">
            {list.items.map((document) => (
              <DocumentItem key={document.id} document={document} kind={kind} clients={dossier.clients} />
            ))}
          </ul>
        )}
        <Pagination page={list.page} pageCount={list.pageCount} basePath={tabPath(`/admin/dossiers/${dossier.id}`, kind)} />
      </section>
    </div>
  );
}
