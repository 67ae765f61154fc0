import { openDocumentResponse } from "@/lib/documents/open-response";

/** Checks access (lib/documents/download.ts) and sends the browser to a 60-second attachment URL. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return openDocumentResponse((await params).id, "download");
}
