// A second office for the end-to-end tests, served on 127.0.0.1 (the demo office answers on localhost), so the
// tests can check that one office's staff see nothing of the other's through pages and routes.
import { openDatabase } from "../../db/client";
import { dossierClients, dossiers, offices, users } from "../../db/schema";
import { DEMO_LOGINS } from "../../db/seed/demo-logins";
import { hashPassword } from "../../lib/auth/password";
import type { Config } from "../../lib/config";

export const SECOND_OFFICE = {
  host: "127.0.0.1",
  name: "Notariaat Noord",
  staff: "staff@noord.test",
  client: "client@noord.test",
  reference: "N-0001",
} as const;

export async function seedSecondOffice(config: Config): Promise<void> {
  const handle = await openDatabase(config.database);
  try {
    const passwordHash = await hashPassword(DEMO_LOGINS.password);
    await handle.db.transaction(async (tx) => {
      const [office] = await tx
        .insert(offices)
        .values({ slug: "noord", name: SECOND_OFFICE.name, hostnames: [SECOND_OFFICE.host], requireStaffTwoFactor: false })
        .returning({ id: offices.id });
      const officeId = office!.id;
      const [, client] = await tx
        .insert(users)
        .values([
          { officeId, role: "admin", email: SECOND_OFFICE.staff, name: "Noor Noord", passwordHash, status: "active" },
          { officeId, role: "client", email: SECOND_OFFICE.client, name: "Karel Noord", passwordHash, status: "active" },
        ])
        .returning({ id: users.id });
      const [dossier] = await tx
        .insert(dossiers)
        .values({ officeId, reference: SECOND_OFFICE.reference, title: "Testament Noord" })
        .returning({ id: dossiers.id });
      await tx.insert(dossierClients).values({ dossierId: dossier!.id, userId: client!.id });
    });
  } finally {
    await handle.close();
  }
}
