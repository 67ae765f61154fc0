"use server";

import { z } from "zod";
import { clientAction } from "@/lib/safe-action";
import { UserError } from "@/lib/core/errors";
import { getDb } from "@/lib/db";
import { findDossierForViewer } from "@/lib/messages/access";
import { openDocument } from "./download";
import { ZIP_LINK_BATCH } from "./list-options";
import { listDocumentsForZip } from "./queries";

// Alles downloaden (issue 14): the browser builds the zip itself from presigned links, so the bytes never pass
// through this server. It asks first for the tab's names, then for links a batch at a time (each link lives 60 s).

const tabSchema = z.strictObject({
  dossierId: z.string().max(64, "errors.not_found"),
  kind: z.enum(["correspondence", "document", "supplied"], "errors.invalid"),
});

/** The tab's newest documents (at most 500): ids and file names. A dossier the client may not see is not found. */
export const zipContentsAction = clientAction(tabSchema, async ({ dossierId, kind }, { viewer }) => {
  // Only whether the client may see the dossier (not its header with the unread counts).
  if (!(await findDossierForViewer(await getDb(), viewer, dossierId))) throw new UserError("errors.not_found");
  return listDocumentsForZip({ viewer, dossierId, kind });
});

const linksSchema = z.strictObject({
  documentIds: z.array(z.string().max(64, "errors.not_found")).min(1, "errors.invalid").max(ZIP_LINK_BATCH, "errors.invalid"),
});

/**
 * Download links for a batch of documents, each checked and recorded as openDocument does for one (read mark,
 * audit event). One the client may not have (withdrawn meanwhile, or never theirs) gets no link: the browser
 * leaves it out and says so.
 */
export const zipLinksAction = clientAction(linksSchema, async ({ documentIds }, { viewer, ip }) => {
  const links: { id: string; url: string }[] = [];
  for (const id of documentIds) {
    const opened = await openDocument({ viewer, documentId: id, ip, mode: "download" });
    if (opened) links.push({ id, url: opened.url });
  }
  return links;
});
