import "server-only";
import { and, eq, sql } from "drizzle-orm";
import NextAuth, { type User } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { getConfig } from "@/lib/config";
import { findOfficeForHost, normaliseHost } from "@/lib/offices/current";
import { verifyPassword } from "./password";
import { SESSION_MAX_AGE_SECONDS } from "./session-policy";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    uid?: string;
    sv?: number;
    stage?: "pending" | "full";
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
    stage?: "pending" | "full";
    authTime?: number;
  }
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(128),
});

/** Checks e-mail and password against the office of the request; unknown and wrong take the same path. */
async function authorizeCredentials(raw: unknown, request: Request): Promise<User | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const db = await getDb();
  const office = await findOfficeForHost(db, normaliseHost(request.headers.get("host")));
  if (!office) return null;
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, status: users.status, sessionVersion: users.sessionVersion })
    .from(users)
    .where(and(eq(users.officeId, office.id), eq(users.email, email)))
    .limit(1);
  const passwordOk = await verifyPassword(user?.passwordHash, password);
  const ip = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null;
  if (!user || !passwordOk || user.status !== "active") {
    await recordAudit(db, {
      officeId: office.id,
      actorId: user?.id ?? null,
      action: "auth.sign_in_failed",
      ip,
      data: user ? { reason: passwordOk ? "inactive" : "password" } : { reason: "unknown_account" },
    });
    return null;
  }
  await db.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, user.id));
  await recordAudit(db, { officeId: office.id, actorId: user.id, action: "auth.sign_in", ip });
  return { id: user.id, sessionVersion: user.sessionVersion };
}

// Lazy configuration: the secret is read at request time, never at build time.
export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth(() => ({
  secret: getConfig().authSecret,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: authorizeCredentials,
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        // A fresh token at every sign-in; 2-step verification (next issue) starts it as "pending".
        return { sub: user.id, uid: user.id, sv: user.sessionVersion, stage: "full", authTime: Date.now() };
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv, stage: token.stage };
    },
  },
}));
