import "server-only";
import type { outbox } from "@/db/schema";

/** The part of an outbox row a driver needs: it sends what was rendered when the message was queued. */
export type OutboxMessage = Pick<typeof outbox.$inferSelect, "id" | "channel" | "recipient" | "data">;

export type Driver = {
  /** Resolves with the provider's message id, or throws; the caller records the outcome on the row. */
  send(message: OutboxMessage): Promise<{ providerId: string | null }>;
};

/** A provider refused or failed; the message is already safe to store (see describeFailure). */
export class DeliveryError extends Error {
  override name = "DeliveryError";
  constructor(message: string, secrets: string[] = []) {
    super(describeFailure(message, secrets));
  }
}

/** Error text that is safe to store and show: short, and without the credentials a provider may echo. */
export function describeFailure(error: unknown, secrets: string[] = []): string {
  let text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  for (const secret of secrets) if (secret) text = text.split(secret).join("[redacted]");
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}
