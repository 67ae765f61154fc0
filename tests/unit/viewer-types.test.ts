// The viewer's role is in its type (lib/core/viewer.ts): a staff-only query called with a client's viewer, an
// admin-only one with a staff member's, or anything but the own account with staff who must still set up 2-step
// verification does not compile. The @ts-expect-error lines below fail `tsc` (npm test's types step) as soon as
// such a call compiles; the runtime part checks the narrowing helpers the guards use.
import { describe, expect, it } from "vitest";
import type * as accountSettings from "@/lib/own-account/settings";
import type * as auditQueries from "@/lib/audit/queries";
import type * as clientQueries from "@/lib/clients/queries";
import {
  accountViewer,
  isAdmin,
  isClient,
  isStaff,
  type AdminViewer,
  type ClientViewer,
  type StaffInSetupViewer,
  type StaffViewer,
} from "@/lib/core/viewer";
import type * as documentQueries from "@/lib/documents/queries";
import type * as dossierQueries from "@/lib/dossiers/queries";
import type * as messageQueries from "@/lib/messages/queries";
import type * as conversationQueries from "@/lib/messages/conversations";
import type * as failedDeliveries from "@/lib/notify/failed";
import type * as officeSettings from "@/lib/offices/settings";
import type { PageRequest } from "@/lib/pagination";
import type * as staffQueries from "@/lib/staff/queries";

declare const lib: {
  dossiers: typeof dossierQueries;
  documents: typeof documentQueries;
  messages: typeof messageQueries;
  conversations: typeof conversationQueries;
  clients: typeof clientQueries;
  staff: typeof staffQueries;
  audit: typeof auditQueries;
  failed: typeof failedDeliveries;
  settings: typeof officeSettings;
  account: typeof accountSettings;
};
declare const page: PageRequest;

/** Never called: compiled only. Each marked line must be a type error. */
export function compiledOnly(client: ClientViewer, staff: StaffViewer, admin: AdminViewer, inSetup: StaffInSetupViewer) {
  const dossierId = "00000000-0000-0000-0000-000000000000";
  // Staff-only queries refuse a client…
  // @ts-expect-error a client is not staff
  void lib.dossiers.getDossierForStaff({ viewer: client, dossierId });
  // @ts-expect-error a client is not staff
  void lib.dossiers.listDossiersForStaff({ viewer: client, status: "all", page });
  // @ts-expect-error a client is not staff
  void lib.documents.listDocumentsForStaff({ viewer: client, dossierId, kind: "document", page });
  // @ts-expect-error a client is not staff
  void lib.conversations.listOfficeConversations({ viewer: client, filter: "all", page });
  // @ts-expect-error a client is not staff
  void lib.conversations.countOpenConversations(client);
  // @ts-expect-error a client is not staff
  void lib.clients.getClientForStaff({ viewer: client, clientId: dossierId });
  // …and staff who must still set up 2-step verification.
  // @ts-expect-error staff in 2-step set-up reach only their own account
  void lib.dossiers.getDossierForStaff({ viewer: inSetup, dossierId });
  // @ts-expect-error staff in 2-step set-up reach only their own account
  void lib.messages.getMessage({ viewer: inSetup, messageId: dossierId });
  // Admin-only queries refuse staff who are not admin.
  // @ts-expect-error staff are not admin
  void lib.audit.listAuditActions({ viewer: staff });
  // @ts-expect-error staff are not admin
  void lib.failed.listFailedDeliveries({ viewer: staff, page });
  // @ts-expect-error staff are not admin
  void lib.settings.getOfficeSettings({ viewer: staff });
  // @ts-expect-error staff are not admin
  void lib.staff.listStaff({ viewer: staff, request: page });
  // Client-only queries refuse staff.
  // @ts-expect-error staff are not a client
  void lib.dossiers.getDossierForClient({ viewer: staff, dossierId });
  // @ts-expect-error staff are not a client
  void lib.documents.listDocumentsForClient({ viewer: admin, dossierId, kind: "document", page });

  // What each may call compiles.
  void lib.dossiers.getDossierForStaff({ viewer: admin, dossierId });
  void lib.audit.listAuditActions({ viewer: admin });
  void lib.dossiers.getDossierForClient({ viewer: client, dossierId });
  void lib.messages.getMessage({ viewer: client, messageId: dossierId });
  void lib.messages.getMessage({ viewer: staff, messageId: dossierId });
  void lib.account.getAccountSettings(inSetup);
}

describe("viewer kinds", () => {
  const account = { userId: "u", officeId: "o", name: "N", email: "n@example.test", locale: "nl" as const };

  it("a client is a client, never waiting for a staff 2-step set-up", () => {
    const viewer = accountViewer({ ...account, role: "client" }, true);
    expect(viewer.twoFactorSetupRequired).toBe(false);
    expect([isClient(viewer), isStaff(viewer), isAdmin(viewer)]).toEqual([true, false, false]);
  });

  it("staff and admins are staff once 2-step verification is in order, admins also admin", () => {
    expect([isClient, isStaff, isAdmin].map((is) => is(accountViewer({ ...account, role: "staff" }, false)))).toEqual([false, true, false]);
    expect([isClient, isStaff, isAdmin].map((is) => is(accountViewer({ ...account, role: "admin" }, false)))).toEqual([false, true, true]);
  });

  it("staff waiting for their 2-step set-up are neither staff nor admin, and nobody is anything when signed out", () => {
    const inSetup = accountViewer({ ...account, role: "admin" }, true);
    expect(inSetup.twoFactorSetupRequired).toBe(true);
    expect([isClient(inSetup), isStaff(inSetup), isAdmin(inSetup)]).toEqual([false, false, false]);
    expect([isClient(null), isStaff(null), isAdmin(null)]).toEqual([false, false, false]);
  });
});
