// A second office for the end-to-end tests, served on 127.0.0.1 (the demo office answers on localhost), so the
// tests can check that one office's staff see nothing of the other's through pages and routes; a third office on
// 127.0.0.2 that requires 2-step verification of its staff, with one admin who has not set it up yet; and
// clients of the demo office with 2-step verification on, for the sign-in's second step.
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { openDatabase, type Executor } from "../../db/client";
import { dossierClients, dossiers, offices, outbox, tokens, users } from "../../db/schema";
import { DEMO_LOGINS } from "../../lib/seed/demo-logins";
import { hashPassword } from "../../lib/auth/password";
import { hashToken } from "../../lib/auth/tokens";
import type { Config } from "../../lib/config";

export const SECOND_OFFICE = {
  host: "127.0.0.1",
  name: "Notariaat Noord",
  staff: "staff@noord.test",
  client: "client@noord.test",
  reference: "N-0001",
} as const;

/** An office that requires its staff to use 2-step verification; its admin has not set it up yet. */
export const STRICT_OFFICE = {
  host: "127.0.0.2",
  name: "Notariaat Zuid",
  admin: "admin@zuid.test",
} as const;

/** A demo-office e-mail that gave up after its last try, for the admin's Verzending page. */
export const FAILED_DELIVERY = { recipient: "onbereikbaar@demo.test" } as const;

async function seedFailedDelivery(db: Executor, officeId: string): Promise<void> {
  await db.insert(outbox).values({
    officeId,
    channel: "email",
    recipient: FAILED_DELIVERY.recipient,
    template: "invitation",
    locale: "nl",
    data: { subject: "Uitnodiging voor het klantenportaal", text: "Welkom" },
    status: "failed",
    attempts: 8,
    error: "550 mailbox unavailable",
  });
}

/** An invited demo-office client whose set-password link (this token) expired a minute ago. */
export const EXPIRED_LINK = {
  email: "verlopen@demo.test",
  token: "e2e-expired-link-00000000000000000000000000",
} as const;

async function seedExpiredLink(db: Executor, officeId: string): Promise<void> {
  const [user] = await db
    .insert(users)
    .values({ officeId, role: "client", email: EXPIRED_LINK.email, name: "Vera Verlopen", status: "invited" })
    .returning({ id: users.id });
  const minuteAgo = new Date(Date.now() - 60_000);
  await db.insert(tokens).values({
    userId: user!.id,
    purpose: "set_password",
    tokenHash: hashToken(EXPIRED_LINK.token),
    expiresAt: minuteAgo,
    createdAt: new Date(minuteAgo.getTime() - 60 * 60_000),
  });
}

/**
 * Extra clients of the demo office: per Playwright project a co-client of the demo dossier (2026-0042) who has
 * opened nothing yet, so each project sees the unread eye on its own; and a neighbour with a dossier of their
 * own who must get 404 on the demo dossier.
 */
export const CLIENT_SIDE = {
  readerByProject: { desktop: "lezer-desktop@demo.test", mobile: "lezer-mobile@demo.test" },
  /** Reads the portal (and gets its e-mails) in English. */
  english: "reader-en@demo.test",
  neighbour: "buur@demo.test",
  demoReference: "2026-0042",
} as const;

async function seedClientSide(db: Executor, officeId: string, passwordHash: string): Promise<void> {
  const client = (email: string, name: string) => ({
    officeId,
    role: "client" as const,
    email,
    name,
    passwordHash,
    status: "active" as const,
  });
  const [desktop, mobile, neighbour, english] = await db
    .insert(users)
    .values([
      client(CLIENT_SIDE.readerByProject.desktop, "Lotte Lezer"),
      client(CLIENT_SIDE.readerByProject.mobile, "Lars Lezer"),
      client(CLIENT_SIDE.neighbour, "Bram Buur"),
      { ...client(CLIENT_SIDE.english, "Emma English"), locale: "en" as const },
    ])
    .returning({ id: users.id });
  const [demoDossier] = await db
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(and(eq(dossiers.officeId, officeId), eq(dossiers.reference, CLIENT_SIDE.demoReference)))
    .limit(1);
  if (!demoDossier) throw new Error("seedClientSide: the demo dossier is missing");
  const [own] = await db
    .insert(dossiers)
    .values({ officeId, reference: "2026-0099", title: "Schenking Buur" })
    .returning({ id: dossiers.id });
  await db.insert(dossierClients).values([
    { dossierId: demoDossier.id, userId: desktop!.id },
    { dossierId: demoDossier.id, userId: mobile!.id },
    { dossierId: demoDossier.id, userId: english!.id },
    { dossierId: own!.id, userId: neighbour!.id },
  ]);
}

/**
 * Demo-office clients with 2-step on (password: the demo password). The recovery code is single use, so each
 * Playwright project signs in with it on an account of its own; the plain values are only ever known to tests.
 */
export const TWO_FACTOR_LOGINS = {
  sms: "sms@demo.test",
  smsPhone: "+31612345678",
  recoveryByProject: { desktop: "sms-recovery-desktop@demo.test", mobile: "sms-recovery-mobile@demo.test" },
  recoveryPhoneByProject: { desktop: "+31612345601", mobile: "+31612345602" },
  recoveryCode: "E2E2-TEST-RECO-VERY-CODE-ABCD",
  /** Signs in until the SMS limit stops the code (one account per project: the limit counts per account). */
  limitByProject: { desktop: "sms-limit-desktop@demo.test", mobile: "sms-limit-mobile@demo.test" },
  limitPhoneByProject: { desktop: "+31612345603", mobile: "+31612345604" },
  totp: "totp@demo.test",
  totpSecret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
} as const;

// As lib/auth/two-factor/recovery-code.ts stores it (that module is server-only): SHA-256 of the code without dashes.
const recoveryHash = (code: string) => createHash("sha256").update(code.replace(/-/g, "")).digest("hex");

async function seedTwoFactorClients(db: Executor, passwordHash: string): Promise<void> {
  const [demo] = await db.select({ id: offices.id }).from(offices).where(eq(offices.slug, "demo")).limit(1);
  if (!demo) throw new Error("seedTwoFactorClients: the demo office is missing");
  const recoveryCodeHash = recoveryHash(TWO_FACTOR_LOGINS.recoveryCode);
  const sms = (email: string, phone: string, name: string) => ({
    officeId: demo.id,
    role: "client" as const,
    email,
    name,
    passwordHash,
    status: "active" as const,
    twoFactorMethod: "sms" as const,
    phone,
    phoneVerifiedAt: new Date(),
    recoveryCodeHash,
  });
  await seedExpiredLink(db, demo.id);
  await seedClientSide(db, demo.id, passwordHash);
  await seedFailedDelivery(db, demo.id);
  await db.insert(users).values([
    sms(TWO_FACTOR_LOGINS.sms, TWO_FACTOR_LOGINS.smsPhone, "Sanne Sms"),
    sms(TWO_FACTOR_LOGINS.recoveryByProject.desktop, TWO_FACTOR_LOGINS.recoveryPhoneByProject.desktop, "Rob Herstel"),
    sms(TWO_FACTOR_LOGINS.recoveryByProject.mobile, TWO_FACTOR_LOGINS.recoveryPhoneByProject.mobile, "Rita Herstel"),
    sms(TWO_FACTOR_LOGINS.limitByProject.desktop, TWO_FACTOR_LOGINS.limitPhoneByProject.desktop, "Lars Limiet"),
    sms(TWO_FACTOR_LOGINS.limitByProject.mobile, TWO_FACTOR_LOGINS.limitPhoneByProject.mobile, "Lies Limiet"),
    {
      officeId: demo.id,
      role: "client",
      email: TWO_FACTOR_LOGINS.totp,
      name: "Tom App",
      passwordHash,
      status: "active",
      twoFactorMethod: "totp",
      totpSecret: TWO_FACTOR_LOGINS.totpSecret,
      recoveryCodeHash,
    },
  ]);
}

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
      const [strict] = await tx
        .insert(offices)
        .values({ slug: "zuid", name: STRICT_OFFICE.name, hostnames: [STRICT_OFFICE.host], requireStaffTwoFactor: true })
        .returning({ id: offices.id });
      await tx
        .insert(users)
        .values({ officeId: strict!.id, role: "admin", email: STRICT_OFFICE.admin, name: "Zara Zuid", passwordHash, status: "active" });
      await seedTwoFactorClients(tx, passwordHash);
    });
  } finally {
    await handle.close();
  }
}
