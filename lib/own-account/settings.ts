import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { Acting, AccountViewer } from "@/lib/core/viewer";
import type { Locale } from "@/lib/core/locales";
import type { NotificationsInput } from "./schema";

/** Who is changing their own account: always the viewer of the session, never an id from input. */
export type AccountContext = Acting<AccountViewer>;

export type AccountSettings = {
  name: string;
  email: string;
  locale: Locale;
  notifyDocuments: boolean;
  notifyMessages: boolean;
  twoFactorMethod: "none" | "sms" | "totp";
  /** The last two digits of the verified mobile number ("…78"): the page never needs the whole number. */
  phoneEnding: string | null;
};

export const ownAccount = (viewer: AccountViewer) => and(eq(users.id, viewer.userId), eq(users.officeId, viewer.officeId));

export async function getAccountSettings(viewer: AccountViewer): Promise<AccountSettings | null> {
  const db = await getDb();
  const [settings] = await db
    .select({
      name: users.name,
      email: users.email,
      locale: users.locale,
      notifyDocuments: users.notifyDocuments,
      notifyMessages: users.notifyMessages,
      twoFactorMethod: users.twoFactorMethod,
      phoneEnding: sql<string | null>`right(${users.phone}, 2)`,
    })
    .from(users)
    .where(ownAccount(viewer))
    .limit(1);
  return settings ?? null;
}

/** Saves the account's language; the next render (router.refresh) already uses it, as does every sign-in. */
export async function saveLocale({ viewer, ip }: AccountContext, locale: Locale): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const updated = await tx.update(users).set({ locale }).where(ownAccount(viewer)).returning({ id: users.id });
    if (updated.length === 0) throw new Error("saveLocale: the viewer's account is gone");
    await recordAudit(tx, {
      officeId: viewer.officeId,
      actorId: viewer.userId,
      action: "account.locale",
      subjectType: "user",
      subjectId: viewer.userId,
      ip,
      data: { locale },
    });
  });
}

/** Saves which e-mails the client wants; the sending itself reads these columns. */
export async function saveNotifications({ viewer, ip }: AccountContext, input: NotificationsInput): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(users)
      .set({ notifyDocuments: input.notifyDocuments, notifyMessages: input.notifyMessages })
      .where(ownAccount(viewer))
      .returning({ id: users.id });
    if (updated.length === 0) throw new Error("saveNotifications: the viewer's account is gone");
    await recordAudit(tx, {
      officeId: viewer.officeId,
      actorId: viewer.userId,
      action: "account.notifications",
      subjectType: "user",
      subjectId: viewer.userId,
      ip,
      data: { notifyDocuments: input.notifyDocuments, notifyMessages: input.notifyMessages },
    });
  });
}
