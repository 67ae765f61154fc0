import "server-only";
import { getDb } from "@/lib/db";
import { and, eq, isNull } from "drizzle-orm";
import { offices, tokens, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { hit } from "@/lib/auth/rate-limit";
import { generateToken } from "@/lib/auth/tokens";
import { sendEmail } from "@/lib/notify/outbox";
import { officeBaseUrl } from "@/lib/offices/links";
import type { Office } from "@/lib/offices/current";
import { paths } from "@/lib/paths";

/** E-mail 2's link works this long (docs/security-requirements.md 6.4.1). */
export const SET_PASSWORD_TOKEN_MINUTES = 60;
/** Per address and per IP: enough for a typo or a lost mail, too few to flood someone's inbox. */
export const SET_PASSWORD_REQUEST_LIMIT = { limit: 5, windowMs: 60 * 60 * 1000 };

export type SetPasswordRequest = { office: Office; email: string; ip: string | null };

/**
 * Step 1 ("verstuur", docs/client-manual.md M-SETPW-1). Says nothing back: known, unknown, blocked and throttled addresses all
 * end the same way, and take the same path (limits, look-ups, a token made and hashed, one transaction), so
 * neither the answer nor its timing tells whether an account exists.
 */
export async function requestSetPasswordLink({ office, email, ip }: SetPasswordRequest): Promise<void> {
  const db = await getDb();
  const [byEmail, byIp] = await Promise.all([
    hit(db, `setpw:email:${office.id}:${email}`, SET_PASSWORD_REQUEST_LIMIT),
    ip ? hit(db, `setpw:ip:${ip}`, SET_PASSWORD_REQUEST_LIMIT) : { allowed: true },
  ]);
  const [[officeRow], [user]] = await Promise.all([
    db.select({ hostnames: offices.hostnames }).from(offices).where(eq(offices.id, office.id)).limit(1),
    db
      .select({ id: users.id, name: users.name, email: users.email, locale: users.locale, status: users.status })
      .from(users)
      .where(and(eq(users.officeId, office.id), eq(users.email, email)))
      .limit(1),
  ]);
  const { token, hash } = generateToken();
  const throttled = !byEmail.allowed || !byIp.allowed;
  const eligible = user && user.status !== "disabled" && officeRow;

  await db.transaction(async (tx) => {
    if (throttled) {
      await recordAudit(tx, {
        officeId: office.id,
        actorId: user?.id ?? null,
        action: "auth.set_password_throttled",
        ip,
        data: { limit: byEmail.allowed ? "ip" : "email" },
      });
      return;
    }
    if (!eligible) {
      await recordAudit(tx, {
        officeId: office.id,
        actorId: user?.id ?? null,
        action: "auth.set_password_requested",
        ip,
        data: { outcome: user ? "disabled" : "unknown_account" },
      });
      return;
    }
    // Only the newest link works: earlier unused ones are closed (marked used) when a new one is made.
    await tx
      .update(tokens)
      .set({ usedAt: new Date() })
      .where(and(eq(tokens.userId, user.id), eq(tokens.purpose, "set_password"), isNull(tokens.usedAt)));
    await tx.insert(tokens).values({
      userId: user.id,
      purpose: "set_password",
      tokenHash: hash,
      expiresAt: new Date(Date.now() + SET_PASSWORD_TOKEN_MINUTES * 60 * 1000),
    });
    await sendEmail(tx, {
      officeId: office.id,
      to: user.email,
      locale: user.locale,
      template: "set_password_link",
      data: {
        name: user.name,
        link: `${officeBaseUrl(officeRow)}${paths.setPasswordRequest}/${token}`,
        minutes: SET_PASSWORD_TOKEN_MINUTES,
      },
      office: { name: office.name, contactPhone: office.contactPhone, contactEmail: office.contactEmail },
    });
    await recordAudit(tx, {
      officeId: office.id,
      actorId: user.id,
      action: "auth.set_password_requested",
      subjectType: "user",
      subjectId: user.id,
      ip,
      data: { outcome: "sent" },
    });
  });
}
