import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes: 256 bits, far beyond guessing within a link's 60 minutes. */
export const TOKEN_BYTES = 32;

/** A new single-use token: `token` goes into the e-mailed link only, `hash` is what the database keeps. */
export function generateToken(): { token: string; hash: string } {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, hash: hashToken(token) };
}

/**
 * SHA-256 hex of the token as it appears in the link. A fast hash is enough here: the token is random and
 * long, so a leaked table cannot be reversed, and lookups stay an indexed equality on the hash
 * (no comparison in our code that a timer could see).
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A token as it may appear in a link: base64url of 32 bytes is exactly 43 characters. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
