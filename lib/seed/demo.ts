// The demo office, filled once on an empty database in demo mode so `npm start` shows a working portal.
import { randomUUID } from "node:crypto";
import { hashPassword } from "../auth/password";
import type { Storage } from "../storage/client";
import { objectKeyFor } from "../storage/keys";
import { deleteObject, putObject } from "../storage/objects";
import type { Database } from "../../db/client";
import { documents, dossierClients, dossiers, messageRecipients, messages, offices, users } from "../../db/schema";
import { DEMO_LOGINS } from "./demo-logins";
import { defaultFaq } from "./faq";
import { DEMO_FILES } from "./demo-files";
import { makePdf } from "./pdf";

/** Seeds the demo office unless any office exists. Returns true when it seeded. */
export async function seedDemo(db: Database, storage: Storage): Promise<boolean> {
  const [existing] = await db.select({ id: offices.id }).from(offices).limit(1);
  if (existing) return false;

  const passwordHash = await hashPassword(DEMO_LOGINS.password);
  const officeId = randomUUID();
  const dossierId = randomUUID();
  const files = DEMO_FILES.map((file) => ({ ...file, key: objectKeyFor({ officeId, dossierId }), body: makePdf(file.lines) }));
  for (const file of files) await putObject(file.key, file.body, "application/pdf", storage);

  try {
    await db.transaction(async (tx) => {
      await tx.insert(offices).values({
        id: officeId,
        slug: "demo",
        name: "Demo Notariaat",
        contactPhone: "(020) 123 4567",
        contactEmail: "info@demo.test",
        faq: defaultFaq(),
        requireStaffTwoFactor: false,
      });
      const [staff, client] = await tx
        .insert(users)
        .values([
          { officeId, role: "admin", email: DEMO_LOGINS.staff, name: "Sanne de Vries", passwordHash, status: "active" },
          { officeId, role: "client", email: DEMO_LOGINS.client, name: "Jan Jansen", passwordHash, status: "active" },
        ])
        .returning({ id: users.id });
      await tx.insert(dossiers).values({
        id: dossierId,
        officeId,
        reference: "2026-0042",
        title: "Aankoop woning Kerkstraat 1, Voorbeeldstad",
      });
      await tx.insert(dossierClients).values({ dossierId, userId: client!.id });
      await tx.insert(documents).values(
        files.map((file) => ({
          officeId,
          dossierId,
          kind: file.kind,
          title: file.title,
          fileName: file.fileName,
          contentType: "application/pdf",
          size: file.body.length,
          storageKey: file.key,
          createdById: staff!.id,
        })),
      );
      const welcomeId = randomUUID();
      const [welcome] = await tx
        .insert(messages)
        .values({
          id: welcomeId,
          threadId: welcomeId,
          audience: "dossier",
          officeId,
          dossierId,
          authorId: staff!.id,
          subject: "Welkom in het klantenportaal",
          body: "Beste heer Jansen,\n\nIn dit portaal vindt u de stukken voor uw aankoop. Het cliënteninformatieformulier staat onder Documenten.\n\nMet vriendelijke groet,\nSanne de Vries",
          createdAt: new Date(Date.now() - 60 * 60 * 1000),
        })
        .returning({ id: messages.id });
      // A client's answer to a message for the whole dossier is a conversation of its own (docs/authorization.md).
      const answerId = randomUUID();
      await tx.insert(messages).values({
        id: answerId,
        threadId: answerId,
        audience: "recipients",
        officeId,
        dossierId,
        authorId: client!.id,
        subject: "Re: Welkom in het klantenportaal",
        body: "Dank u wel, ik heb het formulier gevonden en stuur het deze week terug.",
        replyToId: welcome!.id,
      });
      await tx.insert(messageRecipients).values({ threadId: answerId, userId: client!.id });
    });
  } catch (error) {
    // Leave no orphan objects behind when the rows could not be written.
    await Promise.allSettled(files.map((file) => deleteObject(file.key, storage)));
    throw error;
  }
  return true;
}
