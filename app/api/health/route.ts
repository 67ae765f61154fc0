import { count } from "drizzle-orm";
import { getDb } from "@/db/client";
import { offices } from "@/db/schema";
import { outboxBacklog, type OutboxBacklog } from "@/lib/notify/outbox";
import { checkStorage } from "@/lib/storage/objects";

export const dynamic = "force-dynamic";

async function databaseReachable(): Promise<boolean> {
  try {
    await (await getDb()).select({ n: count() }).from(offices);
    return true;
  } catch (error) {
    console.error("Health check: database unreachable", error);
    return false;
  }
}

async function backlog(): Promise<OutboxBacklog | null> {
  try {
    return await outboxBacklog(await getDb());
  } catch {
    return null; // the database check above already says why
  }
}

/**
 * 200 when the database and the object store both answer, 503 otherwise (for load balancers and monitors), with
 * the outbox's backlog for alerting: waiting e-mails/SMS, the oldest one's age in seconds, and those that failed.
 */
export async function GET() {
  const [database, storage] = await Promise.all([databaseReachable(), checkStorage()]);
  const ok = database && storage;
  return Response.json(
    {
      status: ok ? "ok" : "unavailable",
      database: database ? "ok" : "unreachable",
      storage: storage ? "ok" : "unreachable",
      outbox: database ? await backlog() : null,
    },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
