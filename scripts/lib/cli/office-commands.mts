import { count, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../../db/client";
import { dossiers, offices, users } from "../../../db/schema";
import { defaultFaq } from "../../../lib/seed/faq";
import { recordAudit } from "../../../lib/audit/record";
import { emailField } from "../../../lib/clients/schema";
import { officeBaseUrl } from "../../../lib/offices/links";
import { hostnamesField, officeNameField } from "../../../lib/offices/schema";
import { hostnamesTakenByOthers } from "../../../lib/offices/hostnames";
import { createStaffAccount } from "../../../lib/staff/create";
import { CliError, fromUserError, invalidOptions } from "./errors.mts";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "Notariaat Van den Berg & Zn." → "notariaat-van-den-berg-zn" */
function slugFromName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

const createOfficeSchema = z.object({
  name: officeNameField,
  hostnames: hostnamesField.refine((hosts) => hosts.length > 0, "errors.required"),
  slug: z.string().regex(SLUG, "errors.invalid").max(40, "errors.too_long"),
  adminEmail: emailField,
  adminName: z.string().trim().min(1, "errors.required").max(200, "errors.too_long"),
  locale: z.enum(["nl", "en"], { error: "errors.invalid" }),
});

const createOfficeOptions = {
  name: "--name",
  hostnames: "--host",
  slug: "--slug",
  adminEmail: "--admin-email",
  adminName: "--admin-name",
  locale: "--locale",
};

export type CreateOfficeOptions = {
  name?: string;
  host?: string[];
  "admin-email"?: string;
  "admin-name"?: string;
  slug?: string;
  locale?: string;
};

/** office:create — the office (default FAQ, 2-step required for staff) and its first admin, invited. */
export async function createOffice(db: Database, options: CreateOfficeOptions): Promise<string> {
  const locale = options.locale ?? "nl";
  const parsed = createOfficeSchema.safeParse({
    name: options.name ?? "",
    hostnames: options.host ?? [],
    slug: options.slug ?? slugFromName(options.name ?? ""),
    adminEmail: options["admin-email"] ?? "",
    adminName: options["admin-name"] ?? (locale === "en" ? "Administrator" : "Beheerder"),
    locale,
  });
  if (!parsed.success) throw invalidOptions(parsed.error, createOfficeOptions);
  const input = parsed.data;

  const office = await db.transaction(async (tx) => {
    const taken = await hostnamesTakenByOthers(tx, { hostnames: input.hostnames, officeId: null });
    if (taken.length > 0) throw new CliError(`--host: ${taken.join(", ")} is already used by another office`);
    const [sameSlug] = await tx.select({ id: offices.id }).from(offices).where(eq(offices.slug, input.slug)).limit(1);
    if (sameSlug) throw new CliError(`--slug: an office with slug "${input.slug}" already exists`);
    const [created] = await tx
      .insert(offices)
      .values({ slug: input.slug, name: input.name, hostnames: input.hostnames, faq: defaultFaq(), requireStaffTwoFactor: true })
      .returning();
    await recordAudit(tx, {
      officeId: created!.id,
      actorId: null,
      action: "office.create",
      subjectType: "office",
      subjectId: created!.id,
      data: { via: "cli" },
    });
    await createStaffAccount(tx, {
      officeId: created!.id,
      actorId: null,
      ip: null,
      input: { name: input.adminName, email: input.adminEmail, role: "admin", locale: input.locale },
    }).catch((error: unknown) => fromUserError(error, { email: "--admin-email" }));
    return created!;
  });

  return [
    `Created office "${office.name}" (slug ${office.slug}, hosts ${office.hostnames.join(", ")}).`,
    `Invited admin ${input.adminEmail}: the invitation e-mail is queued and goes out while the portal server runs.`,
    `Portal address: ${officeBaseUrl(office)}`,
  ].join("\n");
}

/** office:list — one line per office with its host names and how many staff, clients and dossiers it has. */
export async function listOffices(db: Database): Promise<string> {
  const counted = (role: "staff" | "client") =>
    db
      .select({ n: count() })
      .from(users)
      .where(
        sql`${users.officeId} = ${offices.id} and ${role === "client" ? sql`${users.role} = 'client'` : sql`${users.role} <> 'client'`}`,
      );
  const rows = await db
    .select({
      slug: offices.slug,
      name: offices.name,
      hostnames: offices.hostnames,
      staff: sql<number>`(${counted("staff")})`.mapWith(Number),
      clients: sql<number>`(${counted("client")})`.mapWith(Number),
      dossiers: sql<number>`(${db
        .select({ n: count() })
        .from(dossiers)
        .where(sql`${dossiers.officeId} = ${offices.id}`)})`.mapWith(Number),
    })
    .from(offices)
    .orderBy(offices.createdAt);
  if (rows.length === 0) return "No offices yet. Create one with: npm run portal -- office:create --name … --host … --admin-email …";
  const table = [
    ["SLUG", "NAME", "HOSTS", "STAFF", "CLIENTS", "DOSSIERS"],
    ...rows.map((row) => [
      row.slug,
      row.name,
      row.hostnames.join(",") || "-",
      String(row.staff),
      String(row.clients),
      String(row.dossiers),
    ]),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((line) => line[column]!.length)));
  return table
    .map((line) =>
      line
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
