import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { uploads } from "@/db/schema";
import { lockUntilCommit } from "@/lib/sql";
import type { Viewer } from "@/lib/core/viewer";
import { countSince, hit, type Window } from "@/lib/auth/rate-limit";
import { UserError } from "@/lib/core/errors";

// How much one user may upload: the limits of every upload ticket, whoever asks (client, staff, admin).

/** Upload tickets (requests to upload one file) per user in any rolling hour. */
export const UPLOAD_TICKETS_PER_HOUR = 200;
/** Bytes a user may have waiting at once: uploads pending or verified but not yet sent or published. */
export const PENDING_UPLOAD_BYTES_PER_USER = 2 * 1024 * 1024 * 1024;

const HOUR_MS = 60 * 60 * 1000;
// Tickets are counted in one-minute windows of the shared rate_limits table; the hour is every window that
// overlaps it, so the limit is never looser than a rolling hour.
const TICKET_WINDOW: Window = { limit: UPLOAD_TICKETS_PER_HOUR, windowMs: 60 * 1000 };

const ticketKey = (viewer: Viewer) => `upload-ticket:${viewer.userId}`;

/**
 * Inside the transaction that records a new upload: refuses it when the user is over either limit
 * (`uploads.too_many_requests`, `uploads.pending_quota_reached`; nothing is counted then), else counts the
 * ticket. The user's tickets are serialised on an advisory lock, so parallel requests cannot both slip under.
 */
export async function takeUploadTicket(tx: Executor, input: { viewer: Viewer; size: number; now?: Date }): Promise<void> {
  const { viewer, size } = input;
  const now = input.now ?? new Date();
  const key = ticketKey(viewer);
  await lockUntilCommit(tx, key);
  const since = new Date(now.getTime() - HOUR_MS - TICKET_WINDOW.windowMs);
  if ((await countSince(tx, key, since)) >= UPLOAD_TICKETS_PER_HOUR) throw new UserError("uploads.too_many_requests");
  const [waiting] = await tx
    .select({ bytes: sql<string>`coalesce(sum(${uploads.size}), 0)` })
    .from(uploads)
    .where(and(eq(uploads.userId, viewer.userId), inArray(uploads.status, ["pending", "verified"])));
  if (Number(waiting?.bytes ?? 0) + size > PENDING_UPLOAD_BYTES_PER_USER) throw new UserError("uploads.pending_quota_reached");
  await hit(tx, key, TICKET_WINDOW, now);
}
