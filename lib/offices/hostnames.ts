// Host names decide which office a request belongs to (lib/offices/current.ts), so one name may belong to
// one office only. There is no unique index over array elements: writers serialise on an advisory lock.
import "server-only";
import { and, ne, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { offices } from "@/db/schema";

// Any fixed number works; it only has to be the same for every writer of offices.hostnames.
const HOSTNAMES_LOCK = 7_302_001;

/**
 * Takes the host-name lock for the rest of the transaction, then returns the names of `hostnames` that
 * another office already uses.
 */
export async function hostnamesTakenByOthers(
  tx: Executor,
  { hostnames, officeId }: { hostnames: string[]; officeId: string | null },
): Promise<string[]> {
  await tx.execute(sql`select pg_advisory_xact_lock(${HOSTNAMES_LOCK})`);
  if (hostnames.length === 0) return [];
  const wanted = sql`ARRAY[${sql.join(
    hostnames.map((host) => sql`${host}`),
    sql`, `,
  )}]::text[]`;
  const overlap = sql`${offices.hostnames} && ${wanted}`;
  const rows = await tx
    .select({ hostnames: offices.hostnames })
    .from(offices)
    .where(officeId ? and(overlap, ne(offices.id, officeId)) : overlap);
  const taken = new Set(rows.flatMap((row) => row.hostnames));
  return hostnames.filter((host) => taken.has(host));
}
