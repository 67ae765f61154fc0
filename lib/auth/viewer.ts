import "server-only";
import { and, eq } from "drizzle-orm";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { getCurrentOffice } from "@/lib/offices/current";
import { auth } from "./next-auth";
import { sessionExpiry } from "./session-policy";

export type Role = "client" | "staff" | "admin";

export type Viewer = {
  userId: string;
  officeId: string;
  role: Role;
  name: string;
  email: string;
  locale: "nl" | "en";
};

/**
 * The signed-in user of this request, re-read from the database: active, of this request's office, and with
 * the session version the cookie was issued for. A pending (2-step not finished) session is no viewer, nor an
 * expired one (the jwt callback already drops those; the check here keeps the rule next to the others).
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  if (!session?.uid || session.stage !== "full" || typeof session.sv !== "number") return null;
  if (sessionExpiry(session, Date.now()) !== "ok") return null;
  const office = await getCurrentOffice();
  if (!office) return null;
  const db = await getDb();
  const [user] = await db
    .select({
      userId: users.id,
      officeId: users.officeId,
      role: users.role,
      name: users.name,
      email: users.email,
      locale: users.locale,
    })
    .from(users)
    .where(
      and(
        eq(users.id, session.uid),
        eq(users.officeId, office.id),
        eq(users.status, "active"),
        eq(users.sessionVersion, session.sv),
      ),
    )
    .limit(1);
  return user ?? null;
});

/**
 * The sign-in waiting for its second step (password done, code not yet): the pending session's user, of this
 * office, active, with a current session version, and the server-made challenge id from the token.
 */
export const getPendingSignIn = cache(async (): Promise<{ userId: string; challengeId: string } | null> => {
  const session = await auth();
  if (!session?.uid || session.stage !== "pending" || !session.challengeId || typeof session.sv !== "number") return null;
  if (sessionExpiry(session, Date.now()) !== "ok") return null;
  const office = await getCurrentOffice();
  if (!office) return null;
  const db = await getDb();
  const [user] = await db
    .select({ userId: users.id })
    .from(users)
    .where(and(eq(users.id, session.uid), eq(users.officeId, office.id), eq(users.status, "active"), eq(users.sessionVersion, session.sv)))
    .limit(1);
  return user ? { userId: user.userId, challengeId: session.challengeId } : null;
});

export function isStaff(viewer: Viewer | null): viewer is Viewer {
  return viewer?.role === "staff" || viewer?.role === "admin";
}

/** Pages of the client area: signed-out visitors go to the login page, staff to their own area. */
export async function requireClient(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  if (viewer.role !== "client") redirect("/admin");
  return viewer;
}

/** Pages under /admin: signed-out visitors go to the login page; clients get a 404, as for any other stranger. */
export async function requireStaff(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login?next=/admin");
  if (!isStaff(viewer)) notFound();
  return viewer;
}

export async function requireAdmin(): Promise<Viewer> {
  const viewer = await requireStaff();
  if (viewer.role !== "admin") notFound();
  return viewer;
}
