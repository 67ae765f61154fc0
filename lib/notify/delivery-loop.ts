import "server-only";
import { getDb } from "@/db/client";
import { deliverPending } from "./deliver";

const intervalMs = 5_000;
const globalForLoop = globalThis as unknown as { portalDeliveryLoop?: NodeJS.Timeout };

/**
 * Delivers queued e-mail and SMS from inside the web server every few seconds. Kept minimal on purpose:
 * backoff, giving up and a separate worker process come with the notifications issue.
 */
export function startDeliveryLoop({ keepAlive = false }: { keepAlive?: boolean } = {}): void {
  if (globalForLoop.portalDeliveryLoop) return;
  let running = false;
  globalForLoop.portalDeliveryLoop = setInterval(() => {
    if (running) return;
    running = true;
    getDb()
      .then((db) => deliverPending(db))
      .catch((error: unknown) => console.error("Outbox delivery failed", error))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  if (!keepAlive) globalForLoop.portalDeliveryLoop.unref();
}
