"use client";

import { Icon } from "@/components/ui/icon";
import { useTranslations } from "next-intl";
import { ConfirmAction } from "@/components/admin/dossiers/confirm-action";
import { Button } from "@/components/ui/button";
import { withdrawDocumentAction } from "@/lib/documents/actions";

/** Intrekken, after a confirmation that says what the client will (not) see. */
export function WithdrawButton({ documentId, title }: { documentId: string; title: string }) {
  const t = useTranslations("admin_documents");
  return (
    <ConfirmAction
      trigger={
        <Button type="button" variant="secondary" aria-label={t("withdraw_named", { title })}>
          <Icon name="undo-2" className="size-5" />
          {t("withdraw")}
        </Button>
      }
      title={t("withdraw_title")}
      description={t("withdraw_description", { title })}
      confirmLabel={t("withdraw_confirm")}
      pendingLabel={t("withdrawing")}
      action={() => withdrawDocumentAction({ documentId })}
    />
  );
}
