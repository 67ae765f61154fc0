import "server-only";
import { asc, desc, or, sql } from "drizzle-orm";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { offices } from "@/db/schema";
import { getConfig } from "@/lib/config";
import { param, perDatabase } from "@/lib/prepared";

export type Office = {
  id: string;
  slug: string;
  name: string;
  contactPhone: string | null;
  contactEmail: string | null;
  brandColor: string;
};

const officeColumns = {
  id: offices.id,
  slug: offices.slug,
  name: offices.name,
  contactPhone: offices.contactPhone,
  contactEmail: offices.contactEmail,
  brandColor: offices.brandColor,
};

/** Host header value without port, lower-cased: the form in which offices.hostnames are stored. */
export function normaliseHost(host: string | null | undefined): string | null {
  if (!host) return null;
  const withoutPort = host.trim().toLowerCase().replace(/:\d+$/, "");
  return /^[a-z0-9.-]+$/.test(withoutPort) ? withoutPort : null;
}

// Built once (lib/prepared.ts). No host or no default office: `ARRAY[null]` contains in no office's host names,
// and a null default slug lets every office through, ordered by host match first, then the oldest.
const officeForHost = perDatabase((db) => {
  const host = param<string | null>("host");
  const defaultSlug = param<string | null>("defaultSlug");
  const byHost = sql`${offices.hostnames} @> ARRAY[${host}]::text[]`;
  return db
    .select(officeColumns)
    .from(offices)
    .where(or(byHost, sql`${defaultSlug}::text is null`, sql`${offices.slug} = ${defaultSlug}`))
    .orderBy(desc(byHost), asc(offices.createdAt))
    .limit(1)
    .prepare("office_for_host");
});

/**
 * The office whose host name this is, else the configured default office, else the oldest office: one query,
 * as every page asks it (single-office installs are mostly reached on a host name no office lists).
 */
export async function findOfficeForHost(host: string | null): Promise<Office | null> {
  const [office] = await officeForHost(await getDb()).execute({ host, defaultSlug: getConfig().defaultOffice ?? null });
  return office ?? null;
}

/** The office this request is for, resolved once per request from the Host header. */
export const getCurrentOffice = cache(async (): Promise<Office | null> => {
  const host = normaliseHost((await headers()).get("host"));
  return findOfficeForHost(host);
});
