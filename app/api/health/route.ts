import { count } from "drizzle-orm";
import { getDb } from "@/db/client";
import { offices } from "@/db/schema";
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

/** 200 when the database and the object store both answer, 503 otherwise (for load balancers and monitors). */
export async function GET() {
  const [database, storage] = await Promise.all([databaseReachable(), checkStorage()]);
  const ok = database && storage;
  return Response.json(
    { status: ok ? "ok" : "unavailable", database: database ? "ok" : "unreachable", storage: storage ? "ok" : "unreachable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
