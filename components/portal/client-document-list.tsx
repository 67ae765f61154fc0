"use client";

import { Icon } from "@/components/ui/icon";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTimeZone, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { dateFormat } from "@/lib/i18n/date-format";
import { extensionOf } from "@/lib/storage/file-types";
import { formatFileSize } from "@/lib/uploads/format-size";

export type ClientDocumentRowData = {
  id: string;
  title: string;
  fileName: string;
  size: number;
  createdAt: Date;
  unread: boolean;
  previewable: boolean;
  message: { id: string; subject: string } | null;
};

// The route records the read before it redirects; a moment later the page (tab counts, list) is fetched again.
const REFRESH_AFTER_MS = 1500;

/** The words of a row, looked up once for the whole list (a translator per row was a measurable cost, issue 12). */
function useRowLabels() {
  const t = useTranslations("client_documents");
  const locale = useLocale();
  const date = dateFormat(locale, useTimeZone(), { dateStyle: "medium" });
  return {
    unread: t("unread"),
    withMessage: t("with_message"),
    view: t("view"),
    download: t("download"),
    details: (document: ClientDocumentRowData) =>
      t("details", {
        date: date.format(document.createdAt),
        type: extensionOf(document.fileName).toUpperCase() || "—",
        size: formatFileSize(document.size, locale),
      }),
    viewSuffix: (title: string) => t("view_suffix", { title }),
    downloadSuffix: (title: string) => t("download_suffix", { title }),
  };
}

type RowLabels = ReturnType<typeof useRowLabels>;

/**
 * A tab's documents. Opening one hides its eye at once; the refresh that follows brings the tab counts up to date.
 */
export function ClientDocumentList({ documents, labelledBy }: { documents: ClientDocumentRowData[]; labelledBy: string }) {
  const labels = useRowLabels();
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const refreshSoon = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => router.refresh(), REFRESH_AFTER_MS);
  };
  return (
    <ul aria-labelledby={labelledBy} className="flex flex-col gap-3">
      {documents.map((document) => (
        <ClientDocumentRow key={document.id} document={document} labels={labels} onOpened={refreshSoon} />
      ))}
    </ul>
  );
}

/**
 * One document as docs/client-manual.md M-DOC-1 draws it: the eye (left) while this client has not opened it, the download button
 * (right), and "Bekijken" for PDFs and photos, which the browser shows in a new tab from the storage's origin.
 */
function ClientDocumentRow({ document, labels, onOpened }: { document: ClientDocumentRowData; labels: RowLabels; onOpened: () => void }) {
  const [opened, setOpened] = useState(false);
  const unread = document.unread && !opened;
  const markOpened = () => {
    setOpened(true);
    onOpened();
  };

  return (
    <li
      className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:flex-row sm:items-center"
      data-testid="document-row"
    >
      <div className="flex min-w-0 flex-1 items-start gap-3">
        <span className="flex size-6 shrink-0 items-center justify-center pt-0.5">
          {unread ? (
            <span role="img" aria-label={labels.unread} title={labels.unread} data-testid="unread-eye" className="text-brand">
              <Icon name="eye" className="size-6" />
            </span>
          ) : (
            <Icon name="file-text" className="size-5 text-slate-400" />
          )}
        </span>
        <div className="flex min-w-0 flex-col gap-1">
          <h3 className={unread ? "break-words font-semibold" : "break-words font-medium"}>{document.title}</h3>
          <p className="text-sm text-slate-700 wrap-anywhere">{labels.details(document)}</p>
          {document.message ? (
            <p className="break-words text-sm text-slate-700">
              {labels.withMessage}{" "}
              <Link href={`/messages/${document.message.id}`} prefetch={false} className="text-brand underline-offset-2 hover:underline">
                {document.message.subject}
              </Link>
            </p>
          ) : null}
        </div>
      </div>
      <div className="flex shrink-0 flex-wrap gap-2 pl-9 sm:pl-0">
        {document.previewable ? (
          <a
            href={`/api/documents/${document.id}/view`}
            target="_blank"
            rel="noopener noreferrer"
            onClick={markOpened}
            className={buttonClasses("ghost")}
          >
            <Icon name="external-link" className="size-5" />
            {labels.view}
            <span className="sr-only">{labels.viewSuffix(document.title)}</span>
          </a>
        ) : null}
        {/* A plain link: the route checks access and redirects to a short-lived storage URL that saves the file. */}
        <a href={`/api/documents/${document.id}/download`} onClick={markOpened} className={buttonClasses("secondary")}>
          <Icon name="download" className="size-5" />
          {labels.download}
          <span className="sr-only">{labels.downloadSuffix(document.title)}</span>
        </a>
      </div>
    </li>
  );
}
