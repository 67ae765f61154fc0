import { Icon } from "@/components/ui/icon";
import { getLocale, getTranslations } from "next-intl/server";
import type { MessageAttachment } from "@/lib/messages/queries";
import { formatFileSize } from "@/lib/uploads/format-size";

/** A message's attachments; each downloads through the access-checked route, which also records the read. */
export async function AttachmentList({ attachments }: { attachments: MessageAttachment[] }) {
  const [t, locale] = await Promise.all([getTranslations("messages"), getLocale()]);
  return (
    <div className="flex flex-col gap-2">
      <h3 className="font-medium">{t("attachments")}</h3>
      <ul className="flex flex-col gap-2">
        {attachments.map((attachment) => (
          <li key={attachment.documentId}>
            <a
              href={`/api/documents/${attachment.documentId}/download`}
              className="flex min-h-11 items-center gap-3 rounded-lg border border-slate-200 bg-white px-3 py-2 hover:bg-slate-50"
            >
              <Icon name="download" className="size-5 shrink-0 text-brand" />
              <span className="min-w-0 flex-1">
                <span className="block break-words font-medium">
                  {attachment.title}
                  <span className="sr-only"> ({t("download")})</span>
                </span>
                <span className="block break-all text-sm text-slate-700">
                  {attachment.fileName} · {formatFileSize(attachment.size, locale)}
                </span>
              </span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
