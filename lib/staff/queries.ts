import "server-only";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { users } from "@/db/schema";
import type { AdminViewer } from "@/lib/core/viewer";
import type { AccountStatus } from "@/lib/clients/schema";
import { pageOf, type Page, type PageRequest } from "@/lib/pagination";

export type StaffListItem = {
  id: string;
  name: string;
  email: string;
  role: "staff" | "admin";
  status: AccountStatus;
  lastSignInAt: Date | null;
};

/** One page of the office's staff members and admins, by name. */
export async function listStaff({ viewer, request }: { viewer: AdminViewer; request: PageRequest }): Promise<Page<StaffListItem>> {
  const where = and(eq(users.officeId, viewer.officeId), inArray(users.role, ["staff", "admin"]));
  const db = await getDb();
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        role: users.role,
        status: users.status,
        lastSignInAt: users.lastSignInAt,
      })
      .from(users)
      .where(where)
      .orderBy(asc(users.name), asc(users.id))
      .limit(request.limit)
      .offset(request.offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  // The where clause admits staff and admins only; the narrowing just tells TypeScript so.
  const items = rows.map((row) => ({ ...row, role: row.role === "admin" ? ("admin" as const) : ("staff" as const) }));
  return pageOf(items, total?.n ?? 0, request);
}
