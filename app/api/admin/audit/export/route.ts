import { auditExportResponse } from "@/lib/audit/export";
import { getViewer } from "@/lib/auth/viewer";
import { getRequestIp } from "@/lib/request-ip";

export const dynamic = "force-dynamic";

/** The audit log as CSV, with the same filters as /admin/audit; admins of this office only, others 404. */
export async function GET(request: Request): Promise<Response> {
  const [viewer, ip] = await Promise.all([getViewer(), getRequestIp()]);
  return auditExportResponse({ viewer, params: new URL(request.url).searchParams, ip });
}
