// Deterministic ids for the bench data: the same name gives the same UUID in every run, in JavaScript and in
// SQL (bench/lib/seed.mts defines pg_temp.bench_uuid with the same recipe), so URLs and results are comparable.
import { createHash } from "node:crypto";

/** md5("bench:" + name) shaped as a version-4 UUID (version nibble 4, variant nibble 8). */
export function benchId(name: string): string {
  const h = createHash("md5").update(`bench:${name}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The SQL twin of benchId, a session-local function (gone when the seeding connection closes). */
export const BENCH_UUID_FUNCTION = `
create function pg_temp.bench_uuid(name text) returns uuid language sql immutable as $$
  select (substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-8' || substr(h, 18, 3) || '-' || substr(h, 21, 12))::uuid
  from (select md5('bench:' || name) as h) as x
$$`;
