import "server-only";
import pino, { type Logger } from "pino";

export type { Logger };

/**
 * Structured log lines (JSON, one per event) for operators. Never recipients, message content, codes, tokens or
 * keys: callers log ids and outcomes, and free text from providers goes through `redactContact` first.
 */
export const log: Logger = pino({ level: process.env.LOG_LEVEL ?? "info", base: { app: "klantenportaal" } });

/** Masks e-mail addresses and phone numbers in a provider's error text before it is logged or stored. */
export function redactContact(text: string): string {
  return text.replace(/[^\s@<>"']+@[^\s@<>"']+/g, "[e-mail]").replace(/\+?\d[\d\s-]{7,}\d/g, "[number]");
}
