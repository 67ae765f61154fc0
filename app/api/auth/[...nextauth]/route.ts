import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/next-auth";
import { withPublicSession } from "@/lib/auth/public-session";

// next-auth's routes, with the body of /api/auth/session cut down to what a browser may know.
export async function GET(request: NextRequest): Promise<Response> {
  return withPublicSession(request, await handlers.GET(request));
}

export async function POST(request: NextRequest): Promise<Response> {
  return withPublicSession(request, await handlers.POST(request));
}
