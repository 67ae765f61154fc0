import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getConfig } from "@/lib/config";

// Until the first correct code the secret lives only in the browser's form, signed with the server secret and
// bound to the user and a deadline, so it cannot be swapped for another one or used by someone else. It is
// no secret from that browser: the QR code shows it anyway. users.totp_secret is written only after the code.
export const PENDING_TOTP_TTL_MS = 15 * 60_000;

function mac(userId: string, body: string): Buffer {
  return createHmac("sha256", getConfig().authSecret).update(`totp-enrol:${userId}:${body}`).digest();
}

export function signPendingTotp(userId: string, secret: Uint8Array, now: Date = new Date()): string {
  const body = `${Buffer.from(secret).toString("base64url")}.${now.getTime() + PENDING_TOTP_TTL_MS}`;
  return `${body}.${mac(userId, body).toString("base64url")}`;
}

/** The secret when the token is this user's, untouched and in time; else null. */
export function openPendingTotp(userId: string, token: string, now: Date = new Date()): Uint8Array | null {
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [secret, deadline, signature] = parts as [string, string, string];
  const given = Buffer.from(signature, "base64url");
  const expected = mac(userId, `${secret}.${deadline}`);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (!/^\d+$/.test(deadline) || Number(deadline) <= now.getTime()) return null;
  const bytes = Buffer.from(secret, "base64url");
  return bytes.length === 20 ? new Uint8Array(bytes) : null;
}
