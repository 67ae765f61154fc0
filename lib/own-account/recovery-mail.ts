import "server-only";
import { getDb } from "@/lib/db";
import { eq } from "drizzle-orm";
import { offices, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { countInWindow, hit, type Window } from "@/lib/auth/rate-limit";
import { normaliseRecoveryCode, verifyRecoveryCode } from "@/lib/auth/two-factor/recovery-code";
import { sendEmail } from "@/lib/notify/outbox";
import { officeBaseUrl } from "@/lib/offices/links";
import { paths } from "@/lib/paths";
import { UserError } from "@/lib/core/errors";
import { ownAccount, type AccountContext } from "./settings";

// Only a few mails per quarter hour: the button must not become a way to flood the account's inbox.
export const RECOVERY_MAILS: Window = { limit: 3, windowMs: 15 * 60_000 };

/** As the screen shows it: ABCD-EFGH-…, however the form sent it. */
function grouped(code: string): string {
  return normaliseRecoveryCode(code)
    .match(/.{1,4}/g)!
    .join("-");
}

/**
 * "verstuur e-mail" (docs/client-manual.md M-2FA-5): mails the recovery code the user still has on screen to the
 * account's own address. docs/security-requirements.md keeps confidential content out of e-mail; the manual asks for this one
 * mail, so it goes out only on the user's click and only for the account's CURRENT code (checked against the
 * stored hash): a stale, guessed or foreign code is refused. The audit event never holds the code.
 */
export async function mailRecoveryCode({ viewer, ip }: AccountContext, code: string): Promise<void> {
  const db = await getDb();
  const key = `recovery-mail:${viewer.userId}`;
  if ((await countInWindow(db, key, RECOVERY_MAILS)) >= RECOVERY_MAILS.limit) {
    throw new UserError("recovery_actions.mail_limit");
  }
  await db.transaction(async (tx) => {
    const [account] = await tx
      .select({
        email: users.email,
        name: users.name,
        locale: users.locale,
        recoveryCodeHash: users.recoveryCodeHash,
        office: {
          name: offices.name,
          contactPhone: offices.contactPhone,
          contactEmail: offices.contactEmail,
          hostnames: offices.hostnames,
        },
      })
      .from(users)
      .innerJoin(offices, eq(offices.id, users.officeId))
      .where(ownAccount(viewer))
      .limit(1);
    if (!account || !verifyRecoveryCode(account.recoveryCodeHash, code)) {
      throw new UserError("recovery_actions.mail_refused");
    }
    await sendEmail(tx, {
      officeId: viewer.officeId,
      to: account.email,
      locale: account.locale,
      template: "recovery_code",
      data: { name: account.name, code: grouped(code), link: `${officeBaseUrl(account.office)}${paths.login}` },
      office: account.office,
    });
    await recordAudit(tx, {
      officeId: viewer.officeId,
      actorId: viewer.userId,
      action: "two_factor.recovery_code_mailed",
      subjectType: "user",
      subjectId: viewer.userId,
      ip,
    });
  });
  await hit(db, key, RECOVERY_MAILS);
}
