import "server-only";
import { DrizzleQueryError } from "drizzle-orm";
import pino, { type Logger } from "pino";
import { logLevelFromEnvironment } from "@/lib/config";

export type { Logger };

/**
 * Structured log lines (JSON, one per event) for operators. Never recipients, message content, codes, tokens or
 * keys: callers log ids and outcomes, and free text from providers goes through `redactContact` first.
 */
export const log: Logger = pino({ level: logLevelFromEnvironment(), base: { app: "klantenportaal" } });

/** Masks e-mail addresses and phone numbers in a provider's error text before it is logged or stored. */
export function redactContact(text: string): string {
  return text.replace(/[^\s@<>"']+@[^\s@<>"']+/g, "[e-mail]").replace(/\+?\d[\d\s-]{7,}\d/g, "[number]");
}

/**
 * An error as the `error` field of a log line: its name and message, with contact details masked. A failed
 * query's message lists its parameters (names, addresses, message text): only the query and the database's
 * own error are kept.
 */
export function errorText(error: unknown): string {
  const text = error instanceof DrizzleQueryError ? `Failed query: ${error.query}: ${String(error.cause)}` : String(error);
  return redactContact(text);
}
