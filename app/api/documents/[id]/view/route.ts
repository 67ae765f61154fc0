import { openDocumentResponse } from "@/lib/documents/open-response";

/** "Bekijken": checks access like a download and sends the browser to a 60-second inline URL on the storage's origin. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return openDocumentResponse((await params).id, "view");
}
