// Who is asking: the signed-in account as every page, action and query sees it. The role is in the type, so a
// staff-only query called with a client's viewer is a compile error (tests/unit/viewer-types.test.ts).

import type { Locale } from "./locales";

export type Role = "client" | "staff" | "admin";

type Account = {
  userId: string;
  officeId: string;
  name: string;
  email: string;
  locale: Locale;
};

export type ClientViewer = Account & { role: "client"; twoFactorSetupRequired: false };

/** Staff or admin with access to the office's data (2-step verification set up where the office requires it). */
export type StaffViewer = Account & { role: "staff" | "admin"; twoFactorSetupRequired: false };

export type AdminViewer = StaffViewer & { role: "admin" };

/**
 * Staff of an office that requires 2-step verification, without it yet: they may only reach their own account
 * (language, password, sessions, 2-step set-up), never the office's data.
 */
export type StaffInSetupViewer = Account & { role: "staff" | "admin"; twoFactorSetupRequired: true };

/** A viewer with access to the portal: pages, route handlers and queries take this one (or a narrower one). */
export type Viewer = ClientViewer | StaffViewer;

/** The signed-in account, also staff who must still set up 2-step verification: only for their own account. */
export type AccountViewer = Viewer | StaffInSetupViewer;

export function isClient(viewer: AccountViewer | null): viewer is ClientViewer {
  return viewer?.role === "client";
}

export function isStaff(viewer: AccountViewer | null): viewer is StaffViewer {
  return viewer !== null && viewer.role !== "client" && !viewer.twoFactorSetupRequired;
}

export function isAdmin(viewer: AccountViewer | null): viewer is AdminViewer {
  return isStaff(viewer) && viewer.role === "admin";
}

/** The viewer of an account row: the role decides the kind; only staff can be waiting for their 2-step set-up. */
export function accountViewer(account: Account & { role: Role }, twoFactorSetupRequired: boolean): AccountViewer {
  const { role, ...rest } = account;
  if (role === "client") return { ...rest, role, twoFactorSetupRequired: false };
  return twoFactorSetupRequired ? { ...rest, role, twoFactorSetupRequired: true } : { ...rest, role, twoFactorSetupRequired: false };
}

/** Who does something and from where: what services that write and audit need of the request. */
export type Acting<V extends AccountViewer = Viewer> = { viewer: V; ip: string | null };
