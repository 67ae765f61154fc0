import "server-only";
import { and, eq, sql } from "drizzle-orm";
import NextAuth, { CredentialsSignin, type User } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { getConfig } from "@/lib/config";
import { findOfficeForHost, normaliseHost } from "@/lib/offices/current";
import { isLoginLocked, loginDelayMs, recordLoginFailure, recordLoginSuccess, type LoginAttempt } from "./login-throttle";
import { verifyPassword } from "./password";
import { continueToken, freshToken, SESSION_IDLE_SECONDS } from "./session-policy";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    uid?: string;
    sv?: number;
    stage?: "pending" | "full";
    authTime?: number;
    seenAt?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
    stage?: "pending" | "full";
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
  const office = await findOfficeForHost(db, normaliseHost(request.headers.get("host")));
  if (!office) return null;
  const ip = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
  const attempt: LoginAttempt = { officeId: office.id, email, ip };
  await sleep(await loginDelayMs(db, attempt, now));

  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      passwordHash: users.passwordHash,
      status: users.status,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(and(eq(users.officeId, office.id), eq(users.email, email)))
    .limit(1);
  if (await isLoginLocked(db, attempt, now)) {
    await recordLoginFailure(db, attempt, user, { alreadyLocked: true, now });
    await recordAudit(db, { officeId: office.id, actorId: user?.id ?? null, action: "auth.sign_in_failed", ip, data: { reason: "locked" } });
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
    await recordLoginFailure(db, attempt, user, { now });
    return null;
  }
  await recordLoginSuccess(db, attempt);
  await db.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, user.id));
  await recordAudit(db, { officeId: office.id, actorId: user.id, action: "auth.sign_in", ip });
  return { id: user.id, sessionVersion: user.sessionVersion };
}

// Lazy configuration: the secret is read at request time, never at build time.
export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth(() => ({
  secret: getConfig().authSecret,
  trustHost: true,
  // `__Secure-` cookie names and the Secure flag follow the configured public address, not a forwarded header.
  useSecureCookies: getConfig().publicUrl.startsWith("https:"),
  // The cookie and the JWT expire 30 minutes after they were last re-issued (proxy.ts re-issues on navigation):
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
    jwt({ token, user }) {
      if (user?.id) return freshToken({ id: user.id, sessionVersion: user.sessionVersion }, Date.now());
      return continueToken(token, Date.now());
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv, stage: token.stage, authTime: token.authTime, seenAt: token.seenAt };
    },
  },
}));
