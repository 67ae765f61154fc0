import { NextResponse } from "next/server";
import { getViewer } from "@/lib/auth/viewer";
import { downloadDocument } from "@/lib/documents/download";
import { getRequestIp } from "@/lib/request-ip";

// Never cached: the answer depends on who asks, and the Location carries a short-lived signature.
const NO_STORE = { "Cache-Control": "no-store" };

/** Checks access (lib/documents/download.ts) and sends the browser to a 60-second presigned URL. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) {
    // A relative Location: the public host is whatever the browser used, whatever the proxy in front says.
    return new NextResponse(null, { status: 303, headers: { ...NO_STORE, Location: "/login" } });
  }
  const { id } = await params;
  const download = await downloadDocument({ viewer, documentId: id, ip: await getRequestIp() });
  if (!download) return new NextResponse(null, { status: 404, headers: NO_STORE });
  return NextResponse.redirect(download.url, { status: 303, headers: NO_STORE });
}
