import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { JWT } from "@auth/core/jwt";
import NextAuth, { CredentialsSignin, type User } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { getConfig } from "@/lib/config";
import { findOfficeForHost, normaliseHost } from "@/lib/offices/current";
import { getRequestIp } from "@/lib/request-ip";
import { isLoginLocked, loginDelayMs, recordLoginFailure, recordLoginSuccess, type LoginAttempt } from "./login-throttle";
import { verifyPassword } from "./password";
import { promoteLoginChallenge, startLoginChallenge } from "./two-factor/login";
import { continueToken, freshToken, SESSION_IDLE_SECONDS } from "./session-policy";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
    /** Set by `authorizeCredentials` for an account with 2-step on: the session starts pending. */
    challengeId?: string;
  }
  interface Session {
    uid?: string;
    sv?: number;
    stage?: "pending" | "full";
    challengeId?: string;
    authTime?: number;
    seenAt?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
    /** This session's id: Uitloggen ends only this one (lib/auth/ended-sessions.ts). */
    sid?: string;
    stage?: "pending" | "full";
    challengeId?: string;
    authTime?: number;
    seenAt?: number;
  }
}

/** Thrown while an address is locked; `loginAction` maps the code to the lock message (same for any address). */
export class LoginLockedError extends CredentialsSignin {
  code = "locked";
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(256),
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks e-mail and password against the office of the request; unknown and wrong take the same path. Every
 * answer is held back by the IP's progressive delay; a locked address is refused before its password is looked at.
 */
export async function authorizeCredentials(raw: unknown, request: Request, now = new Date()): Promise<User | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const db = await getDb();
  const office = await findOfficeForHost(normaliseHost(request.headers.get("host")));
  if (!office) return null;
  const ip = await getRequestIp(request.headers);
  const attempt: LoginAttempt = { officeId: office.id, email, ip };
  await sleep(await loginDelayMs(attempt, now));

  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      passwordHash: users.passwordHash,
      status: users.status,
      sessionVersion: users.sessionVersion,
      twoFactorMethod: users.twoFactorMethod,
    })
    .from(users)
    .where(and(eq(users.officeId, office.id), eq(users.email, email)))
    .limit(1);
  if (await isLoginLocked(attempt, now)) {
    await recordLoginFailure(attempt, user, { alreadyLocked: true, now });
    await recordAudit(db, {
      officeId: office.id,
      actorId: user?.id ?? null,
      action: "auth.sign_in_failed",
      ip,
      data: { reason: "locked" },
    });
    throw new LoginLockedError();
  }
  const passwordOk = await verifyPassword(user?.passwordHash, password);
  if (!user || !passwordOk || user.status !== "active") {
    await recordAudit(db, {
      officeId: office.id,
      actorId: user?.id ?? null,
      action: "auth.sign_in_failed",
      ip,
      data: user ? { reason: passwordOk ? "inactive" : "password" } : { reason: "unknown_account" },
    });
    await recordLoginFailure(attempt, user, { now });
    return null;
  }
  await recordLoginSuccess(attempt);
  if (user.twoFactorMethod !== "none") {
    // Only the password step is done: a pending session; the sign-in is audited when the second step promotes it.
    return { id: user.id, sessionVersion: user.sessionVersion, challengeId: await startLoginChallenge({ userId: user.id, ip, now }) };
  }
  await db
    .update(users)
    .set({ lastSignInAt: sql`now()` })
    .where(eq(users.id, user.id));
  await recordAudit(db, { officeId: office.id, actorId: user.id, action: "auth.sign_in", ip });
  return { id: user.id, sessionVersion: user.sessionVersion };
}

/** A pending token whose challenge the database says was verified becomes a new, full session (new authTime). */
async function promoteToken(token: JWT, now: number): Promise<JWT | null> {
  const live = continueToken(token, now);
  if (!live || live.stage !== "pending" || !live.uid || !live.challengeId) return live;
  const promoted = await promoteLoginChallenge({
    pending: { userId: live.uid, challengeId: live.challengeId },
    now: new Date(now),
  });
  return promoted ? freshToken({ id: live.uid, sessionVersion: live.sv }, now) : live;
}

// Lazy configuration: the secret is read at request time, never at build time.
export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth(() => ({
  secret: getConfig().authSecret,
  trustHost: true,
  // `__Secure-` cookie names and the Secure flag follow the configured public address, not a forwarded header.
  useSecureCookies: getConfig().publicUrl.startsWith("https:"),
  // The cookie and the JWT expire 30 minutes after they were last re-issued (lib/auth/session-refresh.ts re-issues on navigation):
  // that is the idle limit; the 12-hour absolute limit is checked from `authTime` in the jwt callback.
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: authorizeCredentials,
    }),
  ],
  callbacks: {
    async jwt({ token, user, trigger }) {
      const now = Date.now();
      if (user?.id) return freshToken({ id: user.id, sessionVersion: user.sessionVersion, challengeId: user.challengeId }, now);
      // `unstable_update({})` after the second step; anyone can POST /api/auth/session too, so the update
      // payload is ignored: only the database's verified, not yet promoted challenge makes the session full.
      if (trigger === "update") return promoteToken(token, now);
      return continueToken(token, now);
    },
    session({ session, token }) {
      return {
        ...session,
        uid: token.uid,
        sv: token.sv,
        stage: token.stage,
        challengeId: token.challengeId,
        authTime: token.authTime,
        seenAt: token.seenAt,
      };
    },
  },
}));
