"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { disableClientAction, enableClientAction, resendClientInvitationAction, resetClientTwoFactorAction } from "@/lib/clients/actions";
import type { AccountStatus } from "@/lib/clients/schema";
import { AccountActionButton, type ActionOutcome } from "./account-action-button";

/** Resend the invitation, block / unblock, reset 2-step verification; the destructive ones ask first. */
export function ClientAccountActions({ client }: { client: { id: string; name: string; status: AccountStatus; twoFactor: boolean } }) {
  const t = useTranslations();
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  const input = { clientId: client.id };
  const disabled = client.status === "disabled";
  return (
    <div className="flex flex-col gap-3">
      {outcome ? <FormAlert tone={outcome.tone}>{outcome.text}</FormAlert> : null}
      <div className="flex flex-wrap gap-3">
        {disabled ? (
          <AccountActionButton
            label={t("accounts.enable")}
            run={() => enableClientAction(input)}
            success={t("accounts.enabled")}
            onOutcome={setOutcome}
          />
        ) : (
          <>
            <AccountActionButton
              label={t("accounts.resend")}
              run={() => resendClientInvitationAction(input)}
              success={t("accounts.resent")}
              onOutcome={setOutcome}
            />
            <AccountActionButton
              label={t("accounts.disable")}
              run={() => disableClientAction(input)}
              success={t("accounts.disabled")}
              onOutcome={setOutcome}
              confirm={{
                title: t("admin_clients.disable_title"),
                description: t("admin_clients.disable_description", { name: client.name }),
              }}
              danger
            />
          </>
        )}
        {client.twoFactor ? (
          <AccountActionButton
            label={t("admin_clients.reset_two_factor")}
            run={() => resetClientTwoFactorAction(input)}
            success={t("admin_clients.reset_done")}
            onOutcome={setOutcome}
            confirm={{
              title: t("admin_clients.reset_title"),
              description: t("admin_clients.reset_description", { name: client.name }),
            }}
            danger
          />
        ) : null}
      </div>
    </div>
  );
}
