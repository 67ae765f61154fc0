import "server-only";
import { startDeliveryLoop } from "@/lib/notify/delivery-loop";
import { startUploadCleanupLoop } from "@/lib/uploads/cleanup-loop";
import { startPruningLoop } from "./pruning";

/**
 * The portal's periodic work: delivering queued e-mail and SMS (every few seconds), removing abandoned uploads
 * and forgetting old rate-limit counters and ended sessions (hourly). Inside `npm start` unless PORTAL_WORKER=off; in
 * `npm run worker` with `keepAlive`, so the loops themselves keep that process running.
 */
export function startBackgroundJobs(options: { keepAlive?: boolean } = {}): void {
  startDeliveryLoop(options);
  startUploadCleanupLoop(options);
  startPruningLoop(options);
}
