import "server-only";
import { getDb } from "@/lib/db";
import { and, eq, gt, inArray, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { tokens, users } from "@/db/schema";
import { hashToken, isWellFormedToken } from "@/lib/auth/tokens";

export type SetPasswordAccount = { tokenId: string; userId: string; email: string };

/**
 * The account a set-password link is for, if the link still works: known hash, purpose set_password, unused,
 * not expired, and its user invited or active in THIS office (a link of another office is unknown here).
 * `forUpdate` locks the token row, so two submits of one link cannot both pass.
 */
/** The account a set-password link is for, for its page: null when the link is used, expired or unknown. */
export async function findSetPasswordLink(link: { officeId: string; token: string }): Promise<SetPasswordAccount | null> {
  return findUsableSetPasswordToken(await getDb(), link);
}

export async function findUsableSetPasswordToken(
  db: Executor,
  { officeId, token, forUpdate = false }: { officeId: string; token: string; forUpdate?: boolean },
): Promise<SetPasswordAccount | null> {
  if (!isWellFormedToken(token)) return null;
  const query = db
    .select({ tokenId: tokens.id, userId: users.id, email: users.email })
    .from(tokens)
    .innerJoin(users, eq(users.id, tokens.userId))
    .where(
      and(
        eq(tokens.tokenHash, hashToken(token)),
        eq(tokens.purpose, "set_password"),
        isNull(tokens.usedAt),
        gt(tokens.expiresAt, new Date()),
        eq(users.officeId, officeId),
        inArray(users.status, ["invited", "active"]),
      ),
    )
    .limit(1);
  const [row] = await (forUpdate ? query.for("update", { of: tokens }) : query);
  return row ?? null;
}
