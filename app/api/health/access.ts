import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { isLoopback } from "@/lib/client-ip";
import { getConfig } from "@/lib/config";
import { getRequestIp } from "@/lib/request-ip";

const digest = (value: string) => createHash("sha256").update(value).digest();

/** `Authorization: Bearer <HEALTH_TOKEN>`, compared in constant time (hashes of equal length). */
function hasHealthToken(authorization: string | null, token: string | undefined): boolean {
  if (!token || !authorization?.startsWith("Bearer ")) return false;
  return timingSafeEqual(digest(authorization.slice("Bearer ".length).trim()), digest(token));
}

/**
 * Whether this request may read the health details (outbox depth, age, failures): a monitor with the
 * configured token, or one on this machine. The address is the client's by lib/client-ip.ts, never a header a
 * client chose.
 */
export async function mayReadHealthDetails(request: Request): Promise<boolean> {
  if (hasHealthToken(request.headers.get("authorization"), getConfig().healthToken)) return true;
  return isLoopback(await getRequestIp(request.headers));
}
