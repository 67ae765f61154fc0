import type { VerifiedFile } from "@/components/uploads/file-uploader";

// Drafts of messages being written, in this browser tab's memory only: they survive closing the dialog and moving
// between the dossier's tabs, not a reload. Never in localStorage or a cookie: a shared computer keeps nothing.

export type Draft = { subject: string; body: string; attachments: VerifiedFile[] };

const drafts = new Map<string, Draft>();

export function hasContent(draft: Draft | undefined): boolean {
  return !!draft && (draft.subject.trim() !== "" || draft.body.trim() !== "" || draft.attachments.length > 0);
}

export function readDraft(key: string): Draft | undefined {
  return drafts.get(key);
}

/** Keeps the draft, or forgets it once it holds nothing. */
export function saveDraft(key: string, draft: Draft): void {
  if (hasContent(draft)) drafts.set(key, draft);
  else drafts.delete(key);
}

export function deleteDraft(key: string): void {
  drafts.delete(key);
}
