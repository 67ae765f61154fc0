"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useEffectEvent, useRef, useState } from "react";
import type { ActionResult } from "@/lib/core/errors";
import type { MessageKey } from "@/lib/core/message-keys";
import { checkDeclaredFile } from "@/lib/storage/file-types";
import {
  PARALLEL_PARTS,
  type DeclaredFile,
  type PartsTicket,
  type UploadedPart,
  type UploadTicket,
  type VerifiedUpload,
} from "@/lib/uploads/types";
import { putFile, putPart, TransferError } from "./put-file";

export type UploadSteps = {
  requestUpload: (file: DeclaredFile) => Promise<ActionResult<UploadTicket>>;
  /** For large files (the server answers with a multipart ticket): a URL for one part. */
  signPart?: (uploadId: string, partNumber: number) => Promise<ActionResult<{ url: string }>>;
  completeUpload: (uploadId: string, parts?: UploadedPart[]) => Promise<ActionResult<VerifiedUpload>>;
  discardUpload?: (uploadId: string) => Promise<ActionResult<void>>;
};

export type VerifiedFile = { uploadId: string; fileName: string; size: number };

/** Files chosen but not (yet) verified or failed: waiting for the upload button, or on their way. */
/** How many chosen files are still waiting or uploading, and how many were refused or broke off. */
export type UploadProgress = { unfinished: number; failed: number };

// Codes about the file itself: trying the same file again gives the same answer, so no retry button.
const FINAL_CODES = new Set<MessageKey>([
  "files.name_invalid",
  "files.type_not_allowed",
  "files.type_mismatch",
  "files.empty",
  "files.too_large",
  "files.content_mismatch",
]);

export type UploadItem = {
  key: string;
  file: File;
  status: "selected" | "uploading" | "verifying" | "verified" | "failed";
  /** 0..1 while uploading. */
  progress: number;
  uploadId?: string;
  /** A message key ("files.too_large"); with `retryable` false the file itself is wrong, trying again won't help. */
  error?: MessageKey;
  retryable?: boolean;
};

const PARALLEL_UPLOADS = 3;
// A part that fails (a shaky phone connection) is tried again after these pauses before the file counts as failed.
const PART_RETRY_DELAYS_MS = [1_000, 3_000, 6_000];

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), reject(new TransferError())), { once: true });
  });

/**
 * Sends a large file part by part, each to its own presigned URL, PARALLEL_PARTS at a time; a failed part is
 * retried on its own, and a part that keeps failing stops the others. Resolves with the parts, in order.
 */
async function putInParts(
  file: File,
  ticket: PartsTicket,
  signPart: NonNullable<UploadSteps["signPart"]>,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<UploadedPart[] | { code: MessageKey }> {
  const { partBytes, partCount } = ticket.multipart;
  const parts: UploadedPart[] = [];
  const sent = new Map<number, number>();
  const report = () => onProgress([...sent.values()].reduce((sum, bytes) => sum + bytes, 0) / file.size);
  // Stops the other parts' transfers when one part fails for good or the user cancels.
  const stopAll = new AbortController();
  const cancel = () => stopAll.abort();
  signal.addEventListener("abort", cancel, { once: true });
  let refused: { code: MessageKey } | null = null;
  let next = 1;

  async function sendPart(partNumber: number): Promise<void> {
    const blob = file.slice((partNumber - 1) * partBytes, Math.min(file.size, partNumber * partBytes));
    for (let attempt = 0; ; attempt++) {
      const signed = await signPart(ticket.uploadId, partNumber);
      if (!signed.ok) {
        refused = { code: signed.code };
        return;
      }
      try {
        const onPartProgress = (fraction: number) => (sent.set(partNumber, fraction * blob.size), report());
        parts.push({ partNumber, etag: await putPart(blob, signed.data.url, onPartProgress, stopAll.signal) });
        return;
      } catch (error) {
        if (stopAll.signal.aborted || attempt >= PART_RETRY_DELAYS_MS.length) throw error;
        sent.set(partNumber, 0);
        await pause(PART_RETRY_DELAYS_MS[attempt]!, stopAll.signal);
      }
    }
  }

  try {
    await Promise.all(
      Array.from({ length: Math.min(PARALLEL_PARTS, partCount) }, async () => {
        while (!refused && !stopAll.signal.aborted && next <= partCount) await sendPart(next++);
      }).map((worker) => worker.catch((error: unknown) => (stopAll.abort(), Promise.reject(error)))),
    );
  } finally {
    signal.removeEventListener("abort", cancel);
  }
  if (refused) return refused;
  if (stopAll.signal.aborted) throw new TransferError();
  return parts.sort((a, b) => a.partNumber - b.partNumber);
}

/** The uploader's state machine: choose → upload (request, PUT, complete) → verified or failed, per file. */
export function useFileUploads(
  steps: UploadSteps,
  options: { maxFiles: number; onChange: (files: VerifiedFile[], progress: UploadProgress) => void },
) {
  const t = useTranslations("uploads");
  const tAll = useTranslations();
  const [items, setItems] = useState<UploadItem[]>([]);
  const [announcement, setAnnouncement] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const nextKey = useRef(0);
  const aborts = useRef(new Map<string, AbortController>());

  const update = useCallback((key: string, patch: Partial<UploadItem>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  }, []);

  // Tell the parent whenever the verified files or the number of unfinished ones change (not on every progress event).
  const verified = items.filter((item) => item.status === "verified" && item.uploadId);
  const unfinished = items.filter((item) => item.status !== "verified" && item.status !== "failed").length;
  const failed = items.filter((item) => item.status === "failed").length;
  const signature = `${verified.map((item) => item.uploadId).join(",")}|${unfinished}|${failed}`;
  const report = useEffectEvent(() => {
    const files = verified.map((item) => ({ uploadId: item.uploadId!, fileName: item.file.name, size: item.file.size }));
    options.onChange(files, { unfinished, failed });
  });
  useEffect(() => report(), [signature]);

  useEffect(() => {
    const controllers = aborts.current;
    return () => controllers.forEach((controller) => controller.abort());
  }, []);

  const describe = (code: MessageKey) => tAll(code);

  function addFiles(files: Iterable<File>) {
    const incoming = [...files];
    const room = Math.max(0, options.maxFiles - items.length);
    setNotice(incoming.length > room ? t("too_many", { max: options.maxFiles }) : null);
    const added = incoming.slice(0, room).map((file): UploadItem => {
      // The same checks as the server, for instant feedback; the server still decides.
      const check = checkDeclaredFile({ fileName: file.name, contentType: file.type, size: file.size });
      nextKey.current += 1;
      return check.ok
        ? { key: `f${nextKey.current}`, file, status: "selected", progress: 0 }
        : { key: `f${nextKey.current}`, file, status: "failed", progress: 0, error: check.code, retryable: false };
    });
    setItems((current) => [...current, ...added]);
  }

  async function uploadOne(item: UploadItem) {
    const name = item.file.name;
    const fail = (code: MessageKey) => {
      update(item.key, { status: "failed", error: code, retryable: !FINAL_CODES.has(code), progress: 0 });
      setAnnouncement(t("announce_failed", { name, reason: describe(code) }));
    };
    const controller = new AbortController();
    aborts.current.set(item.key, controller);
    update(item.key, { status: "uploading", progress: 0, error: undefined });
    setAnnouncement(t("announce_started", { name }));
    let uploadId: string | undefined;
    try {
      const ticket = await steps.requestUpload({ fileName: name, contentType: item.file.type, size: item.file.size });
      if (!ticket.ok) return fail(ticket.code);
      uploadId = ticket.data.uploadId;
      const onProgress = (progress: number) => update(item.key, { progress });
      let parts: UploadedPart[] | undefined;
      if ("multipart" in ticket.data) {
        if (!steps.signPart) return fail("errors.unexpected");
        const sent = await putInParts(item.file, ticket.data, steps.signPart, onProgress, controller.signal);
        if (!Array.isArray(sent)) return fail(sent.code);
        parts = sent;
      } else {
        await putFile(item.file, ticket.data, onProgress, controller.signal);
      }
      update(item.key, { status: "verifying", progress: 1 });
      const done = await steps.completeUpload(uploadId, parts);
      if (!done.ok) return fail(done.code);
      update(item.key, { status: "verified", uploadId: done.data.uploadId });
      setAnnouncement(t("announce_done", { name }));
    } catch (error) {
      // A transfer that broke off leaves a pending upload behind: give it back rather than wait for the clean-up.
      if (uploadId) void steps.discardUpload?.(uploadId).catch(() => undefined);
      if (controller.signal.aborted) return; // stopped on purpose (cancel or closing): the row is already gone
      fail(error instanceof TransferError ? "uploads.transfer_failed" : "errors.unexpected");
    } finally {
      aborts.current.delete(item.key);
    }
  }

  async function run(queue: UploadItem[]) {
    const workers = Array.from({ length: Math.min(PARALLEL_UPLOADS, queue.length) }, async () => {
      for (let item = queue.shift(); item; item = queue.shift()) await uploadOne(item);
    });
    await Promise.all(workers);
  }

  return {
    items,
    announcement,
    notice,
    busy: items.some((item) => item.status === "uploading" || item.status === "verifying"),
    addFiles,
    uploadAll: () => run(items.filter((item) => item.status === "selected")),
    retry: (key: string) => run(items.filter((item) => item.key === key && item.status === "failed" && item.retryable)),
    remove: async (key: string) => {
      const item = items.find((candidate) => candidate.key === key);
      if (!item) return;
      if (item.status === "verified" && item.uploadId && steps.discardUpload) {
        const result = await steps.discardUpload(item.uploadId).catch(() => null);
        if (!result?.ok) {
          setNotice(t("remove_failed", { name: item.file.name }));
          return;
        }
      }
      aborts.current.get(key)?.abort();
      setItems((current) => current.filter((candidate) => candidate.key !== key));
      setAnnouncement(t("announce_removed", { name: item.file.name }));
    },
  };
}
