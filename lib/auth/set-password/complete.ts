import "server-only";
import { getDb } from "@/lib/db";
import { and, eq, isNull, sql } from "drizzle-orm";
import { offices, tokens, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { passwordPolicyError } from "@/lib/auth/password-policy";
import type { Role } from "@/lib/core/viewer";
import { sendEmail } from "@/lib/notify/outbox";
import { officeBaseUrl } from "@/lib/offices/links";
import type { Office } from "@/lib/offices/current";
import { paths } from "@/lib/paths";
import { UserError } from "@/lib/core/errors";
import { findUsableSetPasswordToken } from "./tokens";
import { liftLoginLock } from "@/lib/auth/login-throttle";

export type PasswordSetAccount = { userId: string; email: string; role: Role };

/**
 * Step 3 (docs/client-manual.md M-SETPW-3), the database part ("instellen wachtwoord"): with the link's token row locked, sets the
 * password, makes an invited account active, ends every other session (session version + 1), closes all the
 * account's set-password links and queues e-mail 3. A used, expired or foreign link changes nothing.
 */
export async function completeSetPassword({
  office,
  token,
  password,
  ip,
}: {
  office: Office;
  token: string;
  password: string;
  ip: string | null;
}): Promise<PasswordSetAccount> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const found = await findUsableSetPasswordToken(tx, { officeId: office.id, token, forUpdate: true });
    if (!found) throw new UserError("set_password.link_invalid");
    const policy = passwordPolicyError(password, found.email);
    if (policy) throw new UserError(policy, "password");

    const [user] = await tx
      .update(users)
      .set({
        passwordHash: await hashPassword(password),
        status: "active",
        sessionVersion: sql`${users.sessionVersion} + 1`,
      })
      .where(eq(users.id, found.userId))
      .returning({ id: users.id, email: users.email, name: users.name, locale: users.locale, role: users.role });
    await tx
      .update(tokens)
      .set({ usedAt: new Date() })
      .where(and(eq(tokens.userId, found.userId), eq(tokens.purpose, "set_password"), isNull(tokens.usedAt)));
    const [officeRow] = await tx.select({ hostnames: offices.hostnames }).from(offices).where(eq(offices.id, office.id));
    await sendEmail(tx, {
      officeId: office.id,
      to: user!.email,
      locale: user!.locale,
      template: "password_set",
      data: { name: user!.name, link: `${officeBaseUrl(officeRow ?? { hostnames: [] })}${paths.login}` },
      office: { name: office.name, contactPhone: office.contactPhone, contactEmail: office.contactEmail },
    });
    await recordAudit(tx, {
      officeId: office.id,
      actorId: found.userId,
      action: "auth.password_set",
      subjectType: "user",
      subjectId: found.userId,
      ip,
    });
    await liftLoginLock(tx, { officeId: office.id, email: user!.email });
    return { userId: user!.id, email: user!.email, role: user!.role };
  });
}
