import "server-only";
import { headers } from "next/headers";

/** The client address as the nearest proxy reports it; for audit and throttling only, never for access. */
export async function getRequestIp(): Promise<string | null> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || h.get("x-real-ip") || null;
}
