import "server-only";
import { NextResponse } from "next/server";
import { getViewer } from "@/lib/auth/viewer";
import { getRequestIp } from "@/lib/request-ip";
import { openDocument, type OpenMode } from "./download";

// Never cached: the answer depends on who asks, and the Location carries a short-lived signature.
const NO_STORE = { "Cache-Control": "no-store" };

/** The download and view route handlers: signed out → login page, not theirs → 404, else → the signed URL. */
export async function openDocumentResponse(documentId: string, mode: OpenMode): Promise<NextResponse> {
  const viewer = await getViewer();
  if (!viewer) {
    // A relative Location: the public host is whatever the browser used, whatever the proxy in front says.
    return new NextResponse(null, { status: 303, headers: { ...NO_STORE, Location: "/login" } });
  }
  const opened = await openDocument({ viewer, documentId, ip: await getRequestIp(), mode });
  if (!opened) return new NextResponse(null, { status: 404, headers: NO_STORE });
  return NextResponse.redirect(opened.url, { status: 303, headers: NO_STORE });
}
