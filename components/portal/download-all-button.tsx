"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Icon } from "@/components/ui/icon";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { ZIP_LINK_BATCH, ZIP_MAX_DOCUMENTS } from "@/lib/documents/list-options";
import { zipContentsAction, zipLinksAction } from "@/lib/documents/zip-actions";
import type { DocumentKind } from "@/lib/uploads/types";
import { zipEntryNames } from "./zip-entry-names";

type Progress =
  | { phase: "idle" }
  | { phase: "busy"; done: number; total: number }
  | { phase: "done"; count: number; skipped: number; limited: boolean }
  | { phase: "failed" | "empty" };

/**
 * Alles downloaden: builds a zip of the tab's newest documents (at most 500) in the browser, from presigned links
 * asked for a batch at a time, so the bytes go from storage to the browser and never through the portal's server.
 * Shows how far it is; a document withdrawn meanwhile is left out and counted.
 */
export function DownloadAllButton({ dossierId, kind, zipName }: { dossierId: string; kind: DocumentKind; zipName: string }) {
  const t = useTranslations("client_documents");
  const [progress, setProgress] = useState<Progress>({ phase: "idle" });

  async function run() {
    setProgress({ phase: "busy", done: 0, total: 0 });
    try {
      const contents = await zipContentsAction({ dossierId, kind });
      if (!contents.ok) throw new Error(contents.code);
      const files = contents.data;
      if (files.length === 0) return setProgress({ phase: "empty" });
      const names = zipEntryNames(files.map((file) => file.fileName));
      let done = 0;
      let skipped = 0;
      setProgress({ phase: "busy", done, total: files.length });
      async function* entries() {
        for (let start = 0; start < files.length; start += ZIP_LINK_BATCH) {
          const batch = files.slice(start, start + ZIP_LINK_BATCH);
          const links = await zipLinksAction({ documentIds: batch.map((file) => file.id) });
          if (!links.ok) throw new Error(links.code);
          const urls = new Map(links.data.map((link) => [link.id, link.url]));
          for (const [index, file] of batch.entries()) {
            const url = urls.get(file.id);
            if (!url) {
              skipped += 1;
              continue;
            }
            const response = await fetch(url);
            if (!response.ok) throw new Error(`storage answered ${response.status}`);
            yield { name: names[start + index]!, input: response };
            done += 1;
            setProgress({ phase: "busy", done, total: files.length });
          }
        }
      }
      // Loaded on the click: the zip writer is no part of the tab's first load.
      const { downloadZip } = await import("client-zip");
      const blob = await downloadZip(entries()).blob();
      save(blob, `${zipName}.zip`);
      setProgress({ phase: "done", count: done, skipped, limited: files.length >= ZIP_MAX_DOCUMENTS });
    } catch {
      setProgress({ phase: "failed" });
    }
  }

  const busy = progress.phase === "busy";
  return (
    <div className="flex flex-col items-start gap-2">
      <Button type="button" variant="secondary" onClick={() => void run()} disabled={busy} aria-busy={busy}>
        <Icon name="download" className="size-5" />
        {t("download_all")}
      </Button>
      <p role="status" className="text-slate-800 empty:hidden">
        {progress.phase === "busy" && progress.total > 0 ? t("download_all_busy", { done: progress.done, total: progress.total }) : null}
        {progress.phase === "done" ? t("download_all_done", { count: progress.count }) : null}
        {progress.phase === "done" && progress.skipped > 0 ? ` ${t("download_all_skipped", { count: progress.skipped })}` : null}
        {progress.phase === "done" && progress.limited ? ` ${t("download_all_limit", { count: ZIP_MAX_DOCUMENTS })}` : null}
        {progress.phase === "empty" ? t("download_all_empty") : null}
      </p>
      {progress.phase === "failed" ? <FormAlert>{t("download_all_failed")}</FormAlert> : null}
    </div>
  );
}

/** Hands the finished zip to the browser as a download. */
function save(blob: Blob, fileName: string) {
  const href = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
