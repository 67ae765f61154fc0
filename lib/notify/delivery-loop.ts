import "server-only";
import { type Database } from "@/db/client";
import { deliverPending } from "./deliver";

const BATCH = 20;

/** One round: batches of due rows until fewer than a full batch were due (a backlog drains at once). */
export async function deliverAllDue(db: Database): Promise<number> {
  let handled = 0;
  for (;;) {
    const { sent, failed, dropped } = await deliverPending(db, { limit: BATCH });
    handled += sent + failed + dropped;
    if (sent + failed + dropped < BATCH) return handled;
  }
}
