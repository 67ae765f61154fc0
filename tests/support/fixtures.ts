// Rows and request contexts for integration tests of queries and server actions.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dossierClients, dossiers, offices, users } from "@/db/schema";
import { mustSetUpTwoFactor } from "@/lib/auth/viewer";
import { accountViewer, type AccountViewer, type AdminViewer, type ClientViewer, type Role, type StaffViewer } from "@/lib/core/viewer";
import type { Office } from "@/lib/offices/current";
import { runWithRequestContext } from "@/lib/safe-action";

export type TestOffice = Office & { hostnames: string[] };
type ViewerOf = { client: ClientViewer; staff: StaffViewer; admin: AdminViewer };
/**
 * The viewer of a user made by createUser, typed by its role. Staff of an office that requires 2-step
 * verification without it come back with twoFactorSetupRequired true (the tests of that state check it).
 */
export type TestUser<R extends Role = Role> = ViewerOf[R];

/** An office that does not require 2-step verification of its staff, unless the test asks for it. */
export async function createOffice(
  db: Database,
  name = `Kantoor ${randomUUID().slice(0, 8)}`,
  { requireStaffTwoFactor = false }: { requireStaffTwoFactor?: boolean } = {},
): Promise<TestOffice> {
  const [office] = await db
    .insert(offices)
    .values({
      slug: randomUUID().slice(0, 12),
      name,
      contactPhone: "(020) 555 0100",
      contactEmail: "info@kantoor.test",
      requireStaffTwoFactor,
    })
    .returning();
  return {
    id: office!.id,
    slug: office!.slug,
    name: office!.name,
    contactPhone: office!.contactPhone,
    contactEmail: office!.contactEmail,
    brandColor: office!.brandColor,
    hostnames: office!.hostnames,
  };
}

export async function createUser<R extends Role>(
  db: Database,
  officeId: string,
  role: R,
  overrides: Partial<typeof users.$inferInsert> = {},
): Promise<TestUser<R>> {
  const [user] = await db
    .insert(users)
    .values({
      officeId,
      role,
      email: `${role}-${randomUUID().slice(0, 8)}@example.test`,
      name: `${role} ${randomUUID().slice(0, 4)}`,
      status: "active",
      ...overrides,
    })
    .returning();
  const [office] = await db.select({ requireStaffTwoFactor: offices.requireStaffTwoFactor }).from(offices).where(eq(offices.id, officeId));
  const twoFactorSetupRequired = mustSetUpTwoFactor({
    role,
    twoFactorMethod: user!.twoFactorMethod,
    requireStaffTwoFactor: office!.requireStaffTwoFactor,
  });
  const account = { userId: user!.id, officeId, role, name: user!.name, email: user!.email, locale: user!.locale };
  return accountViewer(account, twoFactorSetupRequired) as TestUser<R>;
}

export async function createDossier(db: Database, officeId: string, clientIds: string[] = []) {
  const [dossier] = await db
    .insert(dossiers)
    .values({ officeId, reference: `REF-${randomUUID().slice(0, 8)}`, title: "Testdossier" })
    .returning();
  if (clientIds.length > 0) {
    await db.insert(dossierClients).values(clientIds.map((userId) => ({ dossierId: dossier!.id, userId })));
  }
  return dossier!;
}

/** Calls a server action as `viewer` (or signed out) of `office`, from IP 192.0.2.1. */
export function actAs<T>(office: Office, viewer: AccountViewer | null, fn: () => Promise<T>): Promise<T> {
  return runWithRequestContext({ office, viewer, ip: "192.0.2.1" }, fn);
}
