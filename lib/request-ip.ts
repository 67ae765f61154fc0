import "server-only";
import { headers } from "next/headers";
import { getConfig } from "@/lib/config";
import { clientIp, PEER_HEADER } from "@/lib/client-ip";

/**
 * The client's address for audit, throttling and the health details, by the rule in lib/client-ip.ts and the
 * number of trusted proxies (TRUSTED_PROXY_HOPS). Never for access decisions. Reads the current request's
 * headers, or the given ones (next-auth hands `authorize` a Request of its own).
 */
export async function getRequestIp(source?: Headers): Promise<string | null> {
  const h = source ?? (await headers());
  return clientIp({ forwardedFor: h.get("x-forwarded-for"), peer: h.get(PEER_HEADER), trustedHops: getConfig().trustedProxyHops });
}
