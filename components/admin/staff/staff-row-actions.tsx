"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { AccountActionButton, type ActionOutcome } from "@/components/admin/clients/account-action-button";
import { FormAlert } from "@/components/ui/form-alert";
import type { AccountStatus } from "@/lib/clients/schema";
import { changeStaffRoleAction, disableStaffAction, enableStaffAction, resendStaffInvitationAction } from "@/lib/staff/actions";

/** Role change, block / unblock and resend for one colleague (never for the admin's own row). */
export function StaffRowActions({ member }: { member: { id: string; name: string; role: "staff" | "admin"; status: AccountStatus } }) {
  const t = useTranslations();
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  const input = { userId: member.id };
  const newRole = member.role === "admin" ? "staff" : "admin";
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <AccountActionButton
          label={t(newRole === "admin" ? "admin_staff.make_admin" : "admin_staff.make_staff")}
          run={() => changeStaffRoleAction({ userId: member.id, role: newRole })}
          success={t("admin_staff.role_changed")}
          onOutcome={setOutcome}
          confirm={{
            title: t("admin_staff.role_title"),
            description: t(newRole === "admin" ? "admin_staff.role_to_admin" : "admin_staff.role_to_staff", { name: member.name }),
          }}
        />
        {member.status === "disabled" ? (
          <AccountActionButton
            label={t("accounts.enable")}
            run={() => enableStaffAction(input)}
            success={t("accounts.enabled")}
            onOutcome={setOutcome}
          />
        ) : (
          <>
            <AccountActionButton
              label={t("accounts.resend")}
              run={() => resendStaffInvitationAction(input)}
              success={t("accounts.resent")}
              onOutcome={setOutcome}
            />
            <AccountActionButton
              label={t("accounts.disable")}
              run={() => disableStaffAction(input)}
              success={t("accounts.disabled")}
              onOutcome={setOutcome}
              confirm={{
                title: t("admin_staff.disable_title"),
                description: t("admin_staff.disable_description", { name: member.name }),
              }}
              danger
            />
          </>
        )}
      </div>
      {outcome ? <FormAlert tone={outcome.tone}>{outcome.text}</FormAlert> : null}
    </div>
  );
}
