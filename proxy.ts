import { NextResponse, type NextRequest } from "next/server";

// Only server action calls come here (see the matcher): the security headers, the nonce and the rolling session
// are applied to every request by lib/http/request-policy.ts, in the portal's own HTTP server, because running
// Next.js's proxy on every request cost about a third of a whole page (issue 12). Nothing here is an access check.

/**
 * A server action called with a body that is not multipart must carry JSON (React's encoded arguments). Next.js
 * answers anything else with a 500 and an error digest; refuse it here as the client's mistake it is.
 */
async function isMalformedActionCall(request: NextRequest): Promise<boolean> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  if (request.headers.get("content-type")?.toLowerCase().startsWith("multipart/form-data")) return false;
  try {
    JSON.parse(await request.clone().text());
    return false;
  } catch {
    return true;
  }
}

export async function proxy(request: NextRequest) {
  if (await isMalformedActionCall(request)) {
    return new NextResponse("Bad Request", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return NextResponse.next();
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|icons.svg).*)", has: [{ type: "header", key: "next-action" }] }],
};
