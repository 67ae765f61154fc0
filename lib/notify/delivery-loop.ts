import "server-only";
import { type Database } from "@/db/client";
import { getDb } from "@/lib/db";
import { log } from "@/lib/log";
import { deliverPending } from "./deliver";

const intervalMs = 5_000;
const BATCH = 20;
const globalForLoop = globalThis as unknown as { portalDeliveryLoop?: NodeJS.Timeout };

/** One round: batches of due rows until fewer than a full batch were due (a backlog drains at once). */
export async function deliverAllDue(db: Database): Promise<number> {
  let handled = 0;
  for (;;) {
    const { sent, failed, dropped } = await deliverPending(db, { limit: BATCH });
    handled += sent + failed + dropped;
    if (sent + failed + dropped < BATCH) return handled;
  }
}

/**
 * Delivers queued e-mail and SMS every few seconds: inside the web server (PORTAL_WORKER=inline) or in
 * `npm run worker`. Any number of these may run against one PostgreSQL: each row is claimed by one of them.
 */
export function startDeliveryLoop({ keepAlive = false }: { keepAlive?: boolean } = {}): void {
  if (globalForLoop.portalDeliveryLoop) return;
  let running = false;
  globalForLoop.portalDeliveryLoop = setInterval(() => {
    if (running) return;
    running = true;
    getDb()
      .then((db) => deliverAllDue(db))
      .catch((error: unknown) => log.error({ event: "outbox.round_failed", error: String(error) }, "outbox delivery round failed"))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  if (!keepAlive) globalForLoop.portalDeliveryLoop.unref();
}
