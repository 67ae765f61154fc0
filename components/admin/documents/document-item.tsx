import { Icon } from "@/components/ui/icon";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import type { StaffDocument } from "@/lib/documents/queries";
import type { StaffDossier } from "@/lib/dossiers/queries";
import { extensionOf } from "@/lib/storage/file-types";
import { formatFileSize } from "@/lib/uploads/format-size";
import type { DocumentKind } from "@/lib/uploads/types";
import { WithdrawButton } from "./withdraw-button";

/** One document: what it is, who published it when, who of the dossier's clients opened it, and what staff can do. */
export async function DocumentItem({
  document,
  kind,
  clients,
}: {
  document: StaffDocument;
  kind: DocumentKind;
  clients: StaffDossier["clients"];
}) {
  const [t, format, locale] = await Promise.all([getTranslations("admin_documents"), getFormatter(), getLocale()]);
  // "op 25-11-2026 om 14:02": date and time apart, so the sentence reads naturally in both languages.
  const when = (date: Date) => ({
    date: format.dateTime(date, { dateStyle: "short" }),
    time: format.dateTime(date, { timeStyle: "short" }),
  });
  const withdrawn = document.withdrawnAt !== null;
  const readers = new Set(document.reads.map((read) => read.userId));
  // A withdrawn document can no longer be opened: only who did open it still matters.
  const unread = kind === "supplied" || withdrawn ? [] : clients.filter((client) => !readers.has(client.id));

  return (
    <li className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:flex-row sm:items-start">
      <Icon name="file-text" className="hidden size-6 shrink-0 text-slate-500 sm:block" />
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <h3 className="break-words font-semibold">{document.title}</h3>
          {withdrawn ? <Badge tone="warning">{t("withdrawn")}</Badge> : null}
        </div>
        <p className="text-sm text-slate-700 wrap-anywhere">
          {t("file_details", {
            fileName: document.fileName,
            type: extensionOf(document.fileName).toUpperCase() || "—",
            size: formatFileSize(document.size, locale),
          })}
        </p>
        <p className="text-sm text-slate-700">
          {t(kind === "supplied" ? "supplied_by" : "published_by", { ...when(document.createdAt), name: document.createdByName })}
        </p>
        {document.messageSubject ? (
          <p className="break-words text-sm text-slate-700">{t("with_message", { subject: document.messageSubject })}</p>
        ) : null}
        {withdrawn ? (
          <p className="text-sm text-amber-900">
            {t("withdrawn_on", { ...when(document.withdrawnAt!), name: document.withdrawnByName ?? "—" })}
          </p>
        ) : null}
        {kind === "supplied" ? null : (
          <ul aria-label={t("reads_label", { title: document.title })} className="mt-1 flex flex-col gap-0.5 text-sm">
            {document.reads.map((read) => (
              <li key={read.userId} className="flex items-center gap-1.5 text-green-800">
                <Icon name="eye" className="size-4 shrink-0" />
                {t("read_by", { name: read.name, ...when(read.readAt) })}
              </li>
            ))}
            {unread.map((client) => (
              <li key={client.id} className="flex items-center gap-1.5 text-slate-700">
                <Icon name="eye-off" className="size-4 shrink-0" />
                {t("not_read_by", { name: client.name })}
              </li>
            ))}
            {document.reads.length === 0 && unread.length === 0 && !withdrawn ? (
              <li className="text-slate-700">{t("no_clients")}</li>
            ) : null}
          </ul>
        )}
      </div>
      <div className="flex shrink-0 flex-wrap gap-2">
        {/* A plain link: the route checks access and redirects to a short-lived storage URL. prefetch would download. */}
        <a
          href={`/api/documents/${document.id}/download`}
          className={buttonClasses("secondary")}
          aria-label={t("download_named", { title: document.title })}
        >
          <Icon name="download" className="size-5" />
          {t("download")}
        </a>
        {kind !== "supplied" && !withdrawn ? <WithdrawButton documentId={document.id} title={document.title} /> : null}
      </div>
    </li>
  );
}
