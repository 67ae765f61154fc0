import { databaseAnswers } from "@/lib/db";
import { mayReadHealthDetails } from "./access";
import { outboxBacklog, type OutboxBacklog } from "@/lib/notify/outbox";
import { checkStorage } from "@/lib/storage/objects";

export const dynamic = "force-dynamic";

async function backlog(): Promise<OutboxBacklog | null> {
  try {
    return await outboxBacklog();
  } catch {
    return null; // the database check above already says why
  }
}

/**
 * 200 when the database and the object store both answer, 503 otherwise (for load balancers and monitors). Anyone
 * gets `{ status }`; a monitor with HEALTH_TOKEN or on this machine (./access.ts) also gets which part
 * is down and the outbox's backlog for alerting: waiting e-mails/SMS, the oldest one's age in seconds, failures.
 */
export async function GET(request: Request) {
  const [database, storage, details] = await Promise.all([databaseAnswers(), checkStorage(), mayReadHealthDetails(request)]);
  const ok = database && storage;
  const status = ok ? "ok" : "unavailable";
  return Response.json(
    details
      ? {
          status,
          database: database ? "ok" : "unreachable",
          storage: storage ? "ok" : "unreachable",
          outbox: database ? await backlog() : null,
        }
      : { status },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
