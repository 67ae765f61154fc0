// The rule for the client's address, pure so it can be tested apart from a server. Read through getRequestIp
// (lib/request-ip.ts); nothing else parses X-Forwarded-For.

/**
 * The header in which the portal's own HTTP server (scripts/lib/portal-server.mjs) passes the address of the TCP
 * connection. That server overwrites it on every request, so a client can never choose its value.
 */
export const PEER_HEADER = "x-portal-peer";

/** "::ffff:192.0.2.1" (an IPv4 client on a dual-stack socket) is written as "192.0.2.1". */
function normaliseAddress(address: string | null | undefined): string | null {
  const trimmed = address?.trim();
  if (!trimmed) return null;
  return trimmed.toLowerCase().startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

/**
 * The client's address, counted from the right: the connection's address is the last hop, and each of the
 * `trustedHops` proxies in front of the portal appended the address it was reached from to X-Forwarded-For.
 * With 0 no forwarded entry is believed; with 1 the entry the one proxy appended. Entries further to the left
 * were written by the client (or its proxies) and are never used, unless the request carries fewer entries than
 * there are trusted proxies: then it did not come through all of them and the leftmost address is all there is.
 */
export function clientIp({
  forwardedFor,
  peer,
  trustedHops,
}: {
  forwardedFor: string | null;
  peer: string | null;
  trustedHops: number;
}): string | null {
  const forwarded = (forwardedFor ?? "")
    .split(",")
    .map(normaliseAddress)
    .filter((entry) => entry !== null);
  const hops = [...forwarded, normaliseAddress(peer)];
  const fromRight = Math.min(Math.max(0, Math.trunc(trustedHops)), hops.length - 1);
  return hops[hops.length - 1 - fromRight] ?? null;
}

/** 127.0.0.0/8 and ::1: a request from this machine (e.g. a monitor next to the portal). */
export function isLoopback(address: string | null): boolean {
  if (!address) return false;
  return address === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address);
}
