"use server";

import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { publicAction } from "@/lib/safe-action";
import { z } from "zod";
import { endSession } from "./ended-sessions";
import { signOut } from "./next-auth";
import { currentSession } from "./viewer";

// Apart from the sign-in actions (lib/auth/actions.ts): every signed-in page has the logout button, and what its
// action can answer with is what the page must carry the strings of (tests/unit/client-namespaces.test.ts).

/**
 * Uitloggen: ends the session of this device only, also for a copy of its cookie; the account's sessions on other
 * devices go on (Andere sessies beëindigen on the Account page ends those).
 */
export const logoutAction = publicAction(z.object({}), async (_input, { office, viewer, ip }) => {
  const session = await currentSession();
  if (viewer && session?.uid === viewer.userId) {
    const db = await getDb();
    await db.transaction(async (tx) => {
      await endSession(tx, session);
      await recordAudit(tx, { officeId: office.id, actorId: viewer.userId, action: "auth.sign_out", ip });
    });
  }
  await signOut({ redirectTo: "/login" });
});
