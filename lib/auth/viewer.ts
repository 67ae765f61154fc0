import "server-only";
import { and, eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db";
import type { Executor } from "@/db/client";
import { offices, users } from "@/db/schema";
import { getCurrentOffice } from "@/lib/offices/current";
import { param, perDatabase } from "@/lib/prepared";
import {
  accountViewer,
  isAdmin,
  isClient,
  isStaff,
  type AccountViewer,
  type AdminViewer,
  type ClientViewer,
  type Role,
  type StaffViewer,
  type Viewer,
} from "@/lib/core/viewer";
import { decodeSessionCookie, sessionCookieName } from "./session-cookie";
import { sessionNotEnded, type SessionRef } from "./ended-sessions";
import { sessionExpiry } from "./session-policy";

/** The one rule: staff (and admins) of an office that requires 2-step verification must have it switched on. */
export function mustSetUpTwoFactor(account: {
  role: Role;
  twoFactorMethod: "none" | "sms" | "totp";
  requireStaffTwoFactor: boolean;
}): boolean {
  return account.role !== "client" && account.requireStaffTwoFactor && account.twoFactorMethod === "none";
}

/**
 * The account a session cookie names, if it still counts: this office's, active, with the session version the
 * cookie was issued for, and a session not ended by Uitloggen (lib/auth/ended-sessions.ts).
 */
function sessionAccount(db: Executor, session: { uid: string; sv: number; sid: string }, officeId: string) {
  return and(
    eq(users.id, session.uid),
    eq(users.officeId, officeId),
    eq(users.status, "active"),
    eq(users.sessionVersion, session.sv),
    sessionNotEnded(db, session.sid),
  );
}

/** The signed-in account's row, built once (lib/prepared.ts): every page of the portal runs it. */
const accountQuery = perDatabase((db) =>
  db
    .select({
      userId: users.id,
      officeId: users.officeId,
      role: users.role,
      name: users.name,
      email: users.email,
      locale: users.locale,
      twoFactorMethod: users.twoFactorMethod,
      requireStaffTwoFactor: offices.requireStaffTwoFactor,
    })
    .from(users)
    .innerJoin(offices, eq(offices.id, users.officeId))
    .where(sessionAccount(db, { uid: param("uid"), sv: param("sv"), sid: param("sid") }, param("officeId")))
    .limit(1)
    .prepare("account_viewer"),
);

/** The session cookie's token, decoded once per request (lib/auth/session-refresh.ts re-issues it; pages only read it). */
const readSession = cache(async () => decodeSessionCookie((await cookies()).get(sessionCookieName())?.value));

/** The session this request's cookie names (full or pending), for Uitloggen; null without a usable cookie. */
export async function currentSession(): Promise<SessionRef | null> {
  const session = await readSession();
  if (!session?.uid || typeof session.sid !== "string" || typeof session.authTime !== "number") return null;
  return { sid: session.sid, uid: session.uid, authTime: session.authTime };
}

/**
 * The signed-in account of this request, re-read from the database: active, of this request's office, and with
 * the session version the cookie was issued for, and a session not ended by Uitloggen. A pending (2-step not finished) session is no viewer, nor an
 * expired one (the jwt callback already drops those; the check here keeps the rule next to the others).
 * Includes staff who must still set up 2-step verification: only their own account may use this (see getViewer).
 */
export const getAccountViewer = cache(async (): Promise<AccountViewer | null> => {
  const session = await readSession();
  if (!session?.uid || session.stage !== "full" || typeof session.sv !== "number" || typeof session.sid !== "string") return null;
  if (sessionExpiry(session, Date.now()) !== "ok") return null;
  const office = await getCurrentOffice();
  if (!office) return null;
  const [row] = await accountQuery(await getDb()).execute({ uid: session.uid, officeId: office.id, sv: session.sv, sid: session.sid });
  if (!row) return null;
  const { twoFactorMethod, requireStaffTwoFactor, ...account } = row;
  return accountViewer(account, mustSetUpTwoFactor({ role: row.role, twoFactorMethod, requireStaffTwoFactor }));
});

/**
 * The viewer with access to the portal: the signed-in account, except staff who must still set up 2-step
 * verification (to everything but their own account they count as signed out). Pages, route handlers and
 * queries use this one, so a new one is closed to them by default.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const viewer = await getAccountViewer();
  return viewer && !viewer.twoFactorSetupRequired ? viewer : null;
});

/**
 * The sign-in waiting for its second step (password done, code not yet): the pending session's user, of this
 * office, active, with a current session version, and the server-made challenge id from the token.
 */
export const getPendingSignIn = cache(async (): Promise<{ userId: string; challengeId: string } | null> => {
  const session = await readSession();
  if (
    !session?.uid ||
    session.stage !== "pending" ||
    !session.challengeId ||
    typeof session.sv !== "number" ||
    typeof session.sid !== "string"
  )
    return null;
  if (sessionExpiry(session, Date.now()) !== "ok") return null;
  const office = await getCurrentOffice();
  if (!office) return null;
  const db = await getDb();
  const [user] = await db
    .select({ userId: users.id })
    .from(users)
    .where(sessionAccount(db, { uid: session.uid, sv: session.sv, sid: session.sid }, office.id))
    .limit(1);
  return user ? { userId: user.userId, challengeId: session.challengeId } : null;
});

/** Pages of the client area: signed-out visitors go to the login page, staff to their own area. */
export async function requireClient(): Promise<ClientViewer> {
  const viewer = await getAccountViewer();
  if (!viewer) redirect("/login");
  if (!isClient(viewer)) redirect("/admin");
  return viewer;
}

/**
 * The staff member's own account page (and the /admin frame around it): also for staff who must still set up
 * 2-step verification, which is where requireStaff sends them. Signed-out → login; clients get a 404.
 */
export async function requireStaffAccount(): Promise<Exclude<AccountViewer, ClientViewer>> {
  const viewer = await getAccountViewer();
  if (!viewer) redirect("/login?next=/admin");
  if (viewer.role === "client") notFound();
  return viewer;
}

/** Pages under /admin: signed-out visitors go to the login page; clients get a 404, as for any other stranger. */
export async function requireStaff(): Promise<StaffViewer> {
  const viewer = await requireStaffAccount();
  if (!isStaff(viewer)) redirect("/admin/account");
  return viewer;
}

export async function requireAdmin(): Promise<AdminViewer> {
  const viewer = await requireStaff();
  if (!isAdmin(viewer)) notFound();
  return viewer;
}
